import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Octokit } from '@octokit/rest';
import { Registry } from 'azure-iothub';
import { simpleGit } from 'simple-git';
import YAML from 'yaml';
it('loads', () => {
  const app = new App();
  const c = new Chart(app, 'c');
  new kplus.Deployment(c, 'd', { containers: [{ image: 'x' }] });
  expect(app.synthYaml()).toContain('Deployment');
  expect(typeof Octokit).toBe('function');
  expect(typeof Registry.fromConnectionString).toBe('function');
  expect(typeof simpleGit).toBe('function');
  expect(YAML.stringify({ a: 1 })).toBe('a: 1\n');
});
