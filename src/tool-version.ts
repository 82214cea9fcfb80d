/**
 * The version written into commit trailers and PR metadata. Kept as code (not read from package.json at run
 * time) so the compiled lib/ works from any install layout; a test keeps it equal to package.json.
 */
export const TOOL_VERSION = '0.1.0';
