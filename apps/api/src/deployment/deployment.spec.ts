// Deployment files, checked without Docker or Helm: the compose file (parsed as YAML) runs no
// demo seed, publishes the api only on the host's loopback, carries every setting production
// needs and nothing the api and worker do not read, and gives the portal no secret; the image
// build ignores local data and secrets; the chart's pods run unprivileged, the portal gets no
// secret and NetworkPolicies limit who reaches what.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { API_ENV_VARIABLES } from '../config/env.js';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface ComposeService {
  command?: string | string[];
  environment?: Record<string, string>;
  ports?: string[];
}

describe('infra/docker/compose.yml', () => {
  const compose = parse(read('infra/docker/compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
  const { services } = compose;

  it('migrates without seeding the demo data (no demo accounts in production)', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, command: [service.command ?? []].flat().join(' ') }).not.toEqual({ name, command: expect.stringMatching(/seed/) });
    }
    expect(services['migrate']?.command).toEqual(['pnpm', 'db:migrate']);
  });

  it('publishes the portal, and the api only on the host loopback', () => {
    expect(services['api']?.ports).toEqual(['127.0.0.1:4000:4000']);
    for (const [name, service] of Object.entries(services)) {
      for (const port of service.ports ?? []) {
        if (name !== 'portal') expect({ name, port }).toEqual({ name, port: expect.stringMatching(/^127\.0\.0\.1:/) });
      }
    }
  });

  it('gives the api and the worker every setting production requires, and only variables they read', () => {
    for (const name of ['api', 'worker']) {
      const env = services[name]?.environment ?? {};
      expect(env['NODE_ENV']).toBe('production');
      for (const required of ['DATABASE_URL', 'REDIS_URL', 'AUTH_SECRET', 'SMTP_HOST', 'MAIL_FROM', 'STORAGE_DRIVER', 'STORAGE_LOCAL_ROOT']) {
        expect({ name, required, set: typeof env[required] === 'string' && env[required] !== '' }).toEqual({ name, required, set: true });
      }
      // A required secret has no default: compose stops with the message instead.
      expect(env['AUTH_SECRET']).toMatch(/^\$\{AUTH_SECRET:\?/);
      expect(Object.keys(env).filter((variable) => !API_ENV_VARIABLES.includes(variable))).toEqual([]);
    }
  });

  it('gives the portal no secret', () => {
    expect(Object.keys(services['portal']?.environment ?? {}).sort()).toEqual(['CARAVAN_API_URL', 'CARAVAN_PUBLIC_API_URL', 'NODE_ENV', 'PORT']);
  });
});

describe('.dockerignore', () => {
  it('keeps local data, secrets, history and installed files out of the image', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.git', '.data', '.env', '.env.*', 'node_modules', '**/node_modules']));
  });
});

describe('the Helm chart', () => {
  const templates = path.join(ROOT, 'infra/helm/caravan/templates');
  const values = parse(read('infra/helm/caravan/values.yaml')) as {
    podSecurityContext: Record<string, unknown>;
    containerSecurityContext: Record<string, unknown>;
    networkPolicy: { enabled: boolean };
  };
  const workloads = readdirSync(templates).filter((file) => /^kind: (Deployment|Job)$/m.test(readFileSync(path.join(templates, file), 'utf8')));

  it('runs every pod unprivileged, with a read-only root file system', () => {
    expect(values.podSecurityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(values.containerSecurityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(workloads.sort()).toEqual(['api.yaml', 'migrate-job.yaml', 'portal.yaml', 'worker.yaml']);
    for (const file of workloads) {
      const text = readFileSync(path.join(templates, file), 'utf8');
      expect({ file, pod: text.includes('toYaml .Values.podSecurityContext'), container: text.includes('toYaml .Values.containerSecurityContext') }).toEqual({ file, pod: true, container: true });
    }
  });

  it('gives the portal none of the secrets', () => {
    const portal = readFileSync(path.join(templates, 'portal.yaml'), 'utf8');
    expect(portal).not.toMatch(/secretRef|secretKeyRef|existingSecret/);
  });

  it('limits who reaches each pod with NetworkPolicies', () => {
    expect(values.networkPolicy.enabled).toBe(true);
    const policies = readFileSync(path.join(templates, 'networkpolicy.yaml'), 'utf8');
    const selected = [...policies.matchAll(/kind: NetworkPolicy[\s\S]*?app\.kubernetes\.io\/component: (\w+)/g)].map((m) => m[1]);
    expect(selected.sort()).toEqual(['api', 'portal', 'worker']);
  });

  it('probes the api on /health/live and /health/ready', () => {
    const api = readFileSync(path.join(templates, 'api.yaml'), 'utf8');
    expect(api).toContain('readinessProbe: { httpGet: { path: /health/ready');
    expect(api).toContain('livenessProbe: { httpGet: { path: /health/live');
    expect(existsSync(path.join(ROOT, 'infra/helm/caravan/dashboards/caravan.json'))).toBe(true);
  });
});
