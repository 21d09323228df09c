import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { EVENT_COLUMNS as LOG_COLUMNS } from '@marketplace/analytics/public';
import { loadConfig, loadSecrets, tableName } from '@marketplace/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { PROGRAMS, type ProgramName } from './bundle.ts';
import { ENVIRONMENTS } from './environments.ts';
import { LOG_ACCESS, LOG_PREFIXES, type MarketplaceStack } from './marketplace-stack.ts';
import { SUPPRESSIONS } from './nag-suppressions.ts';
import { ACTIONS, BACKFILL_PROGRAMS, EVENT_PRODUCERS, OUTBOX_PRODUCERS, PROGRAM_ACCESS, TABLES } from './processes.ts';

// One synthesis of every environment (cdk-nag's AWS Solutions checks run inside it: an unacknowledged finding
// throws), with a placeholder bundle for every program so the test needs no esbuild run.
const dir = mkdtempSync(join(tmpdir(), 'infra-'));
const assetDir = join(dir, 'bundle');
let stacks: MarketplaceStack[];
const templates = new Map<string, Template>();

beforeAll(() => {
  mkdirSync(assetDir, { recursive: true });
  writeFileSync(join(assetDir, 'index.mjs'), 'export const handler = async () => ({ statusCode: 200 });\n');
  writeFileSync(join(assetDir, 'Dockerfile'), 'FROM scratch\n');
  const assets = Object.fromEntries(Object.keys(PROGRAMS).map((name) => [name, assetDir])) as Record<ProgramName, string>;
  const created = createApp({ assets, outdir: join(dir, 'cdk.out') });
  created.app.synth();
  stacks = created.stacks;
  for (const stack of stacks) templates.set(stack.node.id, Template.fromStack(stack));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Resource = { Type: string; Properties: Record<string, any> };
const resources = (stack: MarketplaceStack) => templates.get(stack.node.id)!.toJSON().Resources as Record<string, Resource>;
const ofType = (stack: MarketplaceStack, type: string) => Object.entries(resources(stack)).filter(([, r]) => r.Type === type);
/** The platform's functions (the deployment triggers' provider function, which CDK adds, is checked on its own). */
const programFunctions = (stack: MarketplaceStack) => ofType(stack, 'AWS::Lambda::Function').filter(([, r]) => String(r.Properties.Description ?? '').startsWith('marketplace '));
const TRIGGER_PROVIDER = /^AWSCDKTriggerCustomResourceProvider/;
/** Tokens (ARNs, URLs known only at deploy time) as plain placeholders, so settings parse as they will on AWS. */
const untoken = (value: string) => value.replace(/\$\{Token\[[^\]]+\]\}/g, 'token');

describe('the CDK app', () => {
  it('synthesises one stack per environment, passing cdk-nag AwsSolutions with every acknowledgement reasoned', () => {
    expect(stacks.map((s) => s.node.id)).toEqual(ENVIRONMENTS.map((e) => `Marketplace-${e.name}`));
    for (const { id, reason } of SUPPRESSIONS) {
      expect(id).toMatch(/^AwsSolutions-[A-Z0-9]+$/);
      expect(reason.length, id).toBeGreaterThan(40);
    }
  });

  it("declares every table from its package's own definition: keys, GSIs, TTL, on demand, PITR, deletion protection in production", () => {
    for (const stack of stacks) {
      const settings = ENVIRONMENTS.find((e) => `Marketplace-${e.name}` === stack.node.id)!;
      expect(ofType(stack, 'AWS::DynamoDB::GlobalTable')).toHaveLength(TABLES.length);
      for (const table of TABLES) {
        const def = table.definition;
        const keySchema = (p: { name: string }, s: { name: string }) => [
          { AttributeName: p.name, KeyType: 'HASH' },
          { AttributeName: s.name, KeyType: 'RANGE' },
        ];
        const attributes = [def.partitionKey, def.sortKey, ...def.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey])];
        templates.get(stack.node.id)!.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
          TableName: tableName(`marketplace-${settings.name}-`, table.subgraph),
          BillingMode: def.billing,
          KeySchema: keySchema(def.partitionKey, def.sortKey),
          AttributeDefinitions: attributes.map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
          GlobalSecondaryIndexes: def.globalSecondaryIndexes.map((g) => ({ IndexName: g.indexName, KeySchema: keySchema(g.partitionKey, g.sortKey), Projection: { ProjectionType: 'ALL' } })),
          TimeToLiveSpecification: { AttributeName: def.timeToLiveAttribute, Enabled: true },
          Replicas: [
            {
              PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
              DeletionProtectionEnabled: settings.production,
              Region: settings.region,
            },
          ],
          ...(table.stream ? { StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } } : {}),
        });
      }
    }
  });

  it('gives every function and the shim task every setting and secret its process validates at start-up', () => {
    for (const stack of stacks) {
      const fns = ofType(stack, 'AWS::Lambda::Function');
      const task = ofType(stack, 'AWS::ECS::TaskDefinition')[0]![1].Properties.ContainerDefinitions[0];
      for (const program of Object.keys(PROGRAM_ACCESS) as ProgramName[]) {
        const { process: requirements } = PROGRAM_ACCESS[program];
        let variables: Record<string, string>;
        let secretNames: string[];
        if (program === 'quota-shim') {
          variables = Object.fromEntries(task.Environment.map((e: { Name: string; Value: string }) => [e.Name, e.Value]));
          secretNames = task.Secrets.map((s: { Name: string }) => s.Name);
        } else {
          const fn = fns.find(([, r]) => r.Properties.Description === `marketplace ${program} (${stack.node.id.replace('Marketplace-', '')})`);
          expect(fn, program).toBeDefined();
          variables = fn![1].Properties.Environment.Variables;
          secretNames = Object.keys(secretArnsOf(stack, program));
          expect(Object.keys(variables)).toContain('SECRET_ARNS');
        }
        expect(secretNames.sort(), program).toEqual(stack.secretVariablesFor(program).sort());
        // As the process starts on AWS: its plain settings, its secrets (from Secrets Manager), the runtime's region.
        const env: Record<string, string> = {
          ...Object.fromEntries(Object.entries(stack.environments[program]!).map(([k, v]) => [k, untoken(v)])),
          ...Object.fromEntries(secretNames.map((name) => [name, name === 'SMTP_URL' ? 'smtps://user:pass@email-smtp.ap-south-1.amazonaws.com:465' : 'x'.repeat(64)])),
          AWS_REGION: 'ap-south-1',
        };
        expect(env.NODE_ENV).toBe('production');
        expect(() => loadConfig(requirements.envSchema, env), program).not.toThrow();
        expect(() => loadSecrets({ nodeEnv: 'production', dataDir: dir, need: requirements.need, declare: requirements.declare, env }), program).not.toThrow();
        // The check can fail: without a setting it needs, the same process refuses to start.
        const required = Object.keys(stack.environments[program]!).find((k) => ['PUBLIC_QUOTA_URL', 'RAZORPAY_KEY_ID'].includes(k));
        if (required) expect(() => loadConfig(requirements.envSchema, { ...env, [required]: undefined })).toThrow(required);
      }
    }
  });

  it('holds every role to least privilege: no wildcard action, only the tables its program may touch, with exactly its access', () => {
    for (const stack of stacks) {
      const all = resources(stack);
      const tableIds = new Map(Object.entries(stack.tables).map(([name, t]) => [stack.getLogicalId(t.node.defaultChild as never), name]));
      // Which program each role serves: a function's role, the shim's task role; the rest are named below.
      const programOf = new Map<string, ProgramName>();
      // A backfill function's role: scan and fix its own table only (not the program's other rights).
      const backfillRoles = new Set<string>();
      for (const [, r] of programFunctions(stack)) {
        const program = /^marketplace (\S+) /.exec(r.Properties.Description)![1] as ProgramName;
        programOf.set(r.Properties.Role['Fn::GetAtt'][0], program);
        if (r.Properties.Handler === 'index.backfillHandler') backfillRoles.add(r.Properties.Role['Fn::GetAtt'][0]);
        // Only the account-erasure job's function writes other packages' tables (through their public erasers).
        if (r.Properties.Handler === 'index.erasureJobHandler') expect(program).toBe('account-erasure');
      }
      const taskDef = ofType(stack, 'AWS::ECS::TaskDefinition')[0]![1].Properties;
      programOf.set(taskDef.TaskRoleArn['Fn::GetAtt'][0], 'quota-shim');
      const executionRole = taskDef.ExecutionRoleArn['Fn::GetAtt'][0];
      const flowLogRole = ofType(stack, 'AWS::EC2::FlowLog')[0]![1].Properties.DeliverLogsPermissionArn['Fn::GetAtt'][0];
      const providerRole = ofType(stack, 'AWS::IAM::Role').find(([id]) => TRIGGER_PROVIDER.test(id))![0];
      const roles = ofType(stack, 'AWS::IAM::Role').map(([id]) => id);
      expect(roles.sort()).toEqual([...programOf.keys(), executionRole, flowLogRole, providerRole].sort());

      for (const [, policy] of ofType(stack, 'AWS::IAM::Policy')) {
        for (const { Ref: role } of policy.Properties.Roles as { Ref: string }[]) {
          const program = programOf.get(role);
          const granted = new Map<string, string[]>();
          for (const statement of policy.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]) {
            const actions = [statement.Action].flat();
            const targets = [statement.Resource].flat();
            for (const action of actions) expect(action, `${role} ${action}`).not.toContain('*');
            if (targets.includes('*')) {
              // Only calls with no resource-level permission: the gateway's ListTables, the image pull's ECR token.
              expect(actions, role).toEqual(program === 'gateway' ? ['dynamodb:ListTables'] : role === executionRole ? ['ecr:GetAuthorizationToken'] : ['none']);
              continue;
            }
            const dynamo = actions.filter((a) => a.startsWith('dynamodb:'));
            if (dynamo.length === 0) continue;
            const table = tableIds.get(JSON.stringify(targets[0]).match(/"Fn::GetAtt":\["([^"]+)","Arn"\]/)![1]!);
            expect(table, role).toBeDefined();
            for (const target of targets) expect(JSON.stringify(target)).toContain(`"${[...tableIds].find(([, n]) => n === table)![0]}"`);
            granted.set(table!, dynamo);
          }
          if (!program) {
            expect(granted.size, role).toBe(0);
            continue;
          }
          const allowed = backfillRoles.has(role) ? { [program]: 'backfill' as const } : PROGRAM_ACCESS[program].tables;
          expect([...granted.keys()].sort(), `${program} tables`).toEqual(Object.keys(allowed).sort());
          for (const [table, actions] of granted) expect(actions.sort(), `${program} on ${table}`).toEqual([...ACTIONS[allowed[table as keyof typeof allowed]!]].sort());
        }
      }
      expect(Object.keys(all).length).toBeGreaterThan(0);
    }
  });

  it('lets producers only put event batches under raw/, the analytics functions read the log, and only its compaction rewrite it', () => {
    for (const stack of stacks) {
      const byRole = new Map<string, { Action: string | string[]; Resource: unknown; Condition?: unknown }[]>();
      for (const [, policy] of ofType(stack, 'AWS::IAM::Policy')) {
        for (const { Ref: role } of policy.Properties.Roles as { Ref: string }[]) byRole.set(role, [...(byRole.get(role) ?? []), ...policy.Properties.PolicyDocument.Statement]);
      }
      const functions = programFunctions(stack).map(([, r]) => ({
        role: r.Properties.Role['Fn::GetAtt'][0] as string,
        program: /^marketplace (\S+) /.exec(r.Properties.Description)![1] as ProgramName,
        handler: r.Properties.Handler as string,
      }));
      const taskRole = ofType(stack, 'AWS::ECS::TaskDefinition')[0]![1].Properties.TaskRoleArn['Fn::GetAtt'][0] as string;
      const roles = [...functions, { role: taskRole, program: 'quota-shim' as ProgramName, handler: 'container' }];
      const logStatements = (role: string) => (byRole.get(role) ?? []).filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:')) && /raw\/|events\//.test(JSON.stringify(s)));
      for (const { role, program, handler } of roles) {
        const statements = logStatements(role);
        const label = `${program} ${handler}`;
        if (program === 'analytics') {
          const list = statements.find((s) => s.Action === 's3:ListBucket')!;
          expect(list.Condition, label).toEqual({ StringLike: { 's3:prefix': LOG_PREFIXES.map((p) => `${p}*`) } });
          const objects = statements.filter((s) => s !== list);
          expect(objects, label).toHaveLength(1);
          expect([objects[0]!.Action].flat().sort(), label).toEqual([...LOG_ACCESS[handler === 'index.jobsHandler' ? 'compact' : 'read']].sort());
          const resources = JSON.stringify(objects[0]!.Resource);
          for (const p of LOG_PREFIXES) expect(resources, label).toContain(`/${p}*`);
          const fn = ofType(stack, 'AWS::Lambda::Function').find(([, r]) => r.Properties.Role['Fn::GetAtt'][0] === role)![1].Properties;
          expect([fn.MemorySize, fn.EphemeralStorage], label).toEqual([2048, { Size: 4096 }]);
          // No Athena or Glue right: the engine is DuckDB over the mirrored objects.
          expect(JSON.stringify(byRole.get(role)), label).not.toMatch(/athena:|glue:/);
        } else if (EVENT_PRODUCERS.includes(program) && handler !== 'index.backfillHandler') {
          expect(statements.map((s) => [s.Action, JSON.stringify(s.Resource).includes('/raw/*'), JSON.stringify(s.Resource).includes('/events/')]), label).toEqual([['s3:PutObject', true, false]]);
        } else {
          expect(statements, label).toEqual([]);
        }
      }
      expect(roles.filter((r) => r.program === 'analytics').map((r) => r.handler).sort()).toEqual(['index.handler', 'index.jobsHandler']);
      for (const program of [...EVENT_PRODUCERS, 'analytics'] as ProgramName[]) expect(Object.keys(stack.environments[program]), program).toContain('ANALYTICS_BUCKET');
      // Athena reads the Parquet the analytics package writes: the Glue table has its columns, in its order.
      const glue = ofType(stack, 'AWS::Glue::Table')[0]![1].Properties.TableInput;
      expect(glue.StorageDescriptor.Columns.map((c: { Name: string }) => c.Name)).toEqual(Object.keys(LOG_COLUMNS));
      expect(glue.StorageDescriptor.Columns.find((c: { Name: string }) => c.Name === 'amount_paise').Type).toBe('bigint');
    }
  });

  it("runs keys' and billing's start-up backfills on every deployment that changes their code, after their table and function, with only their own table's backfill rights and no secret", () => {
    for (const stack of stacks) {
      const all = resources(stack);
      const settings = ENVIRONMENTS.find((e) => `Marketplace-${e.name}` === stack.node.id)!;
      const triggers = ofType(stack, 'Custom::Trigger');
      expect(triggers).toHaveLength(BACKFILL_PROGRAMS.length);
      const invoked: string[] = [];
      for (const program of BACKFILL_PROGRAMS) {
        const fns = programFunctions(stack).filter(([, r]) => r.Properties.Handler === 'index.backfillHandler' && r.Properties.Description === `marketplace ${program} (${settings.name})`);
        expect(fns, program).toHaveLength(1);
        const [fnId, fn] = fns[0]!;
        // Stops a minute before its 13 minutes; the trigger waits a minute longer; both within the provider's 15.
        expect(fn.Properties.Timeout, program).toBe(13 * 60);
        const version = Object.entries(all).find(([, r]) => r.Type === 'AWS::Lambda::Version' && r.Properties.FunctionName.Ref === fnId)![0];
        const [, trigger] = triggers.find(([, t]) => t.Properties.HandlerArn.Ref === version)!;
        // The function's current version: a code or configuration change makes a new one, which runs the trigger again.
        expect(trigger.Properties, program).toMatchObject({ InvocationType: 'RequestResponse', Timeout: String(14 * 60_000), ExecuteOnHandlerChange: true });
        const dependsOn = (trigger as unknown as { DependsOn: string[] }).DependsOn;
        expect(dependsOn, program).toContain(stack.getLogicalId(stack.tables[program].node.defaultChild as never));
        expect(dependsOn, program).toContain(stack.getLogicalId(stack.functions[program].node.defaultChild as never));
        invoked.push(fnId);
        // Its own table and its indexes, the backfill actions only (no Delete, BatchWrite, no other table, no S3).
        const statements = ofType(stack, 'AWS::IAM::Policy')
          .filter(([, p]) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === fn.Properties.Role['Fn::GetAtt'][0]))
          .flatMap(([, p]) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
        const dynamo = statements.filter((st) => [st.Action].flat().some((a) => a.startsWith('dynamodb:')));
        expect(dynamo.map((st) => [st.Action].flat().sort()), program).toEqual([[...ACTIONS.backfill].sort()]);
        expect(JSON.stringify(dynamo[0]!.Resource), program).toContain(`"${stack.getLogicalId(stack.tables[program].node.defaultChild as never)}"`);
        expect(ACTIONS.backfill).not.toContain('dynamodb:DeleteItem');
        // No secret (it runs on a first deployment, before the operator puts them in), no S3, nothing else.
        expect(statements.flatMap((st) => [st.Action].flat()).filter((a) => !/^(dynamodb|logs):/.test(a)), program).toEqual([]);
        expect(fn.Properties.Environment.Variables.SECRET_ARNS, program).toBe('{}');
      }
      // The triggers' provider may invoke the backfill functions' versions, and nothing else.
      const [, providerRole] = ofType(stack, 'AWS::IAM::Role').find(([id]) => TRIGGER_PROVIDER.test(id))!;
      const providerStatements = (providerRole.Properties.Policies as { PolicyDocument: { Statement: { Action: string[]; Resource: unknown }[] } }[]).flatMap((p) => p.PolicyDocument.Statement);
      expect(providerStatements.flatMap((st) => [st.Action].flat())).toEqual(BACKFILL_PROGRAMS.map(() => 'lambda:InvokeFunction'));
      for (const fnId of invoked) expect(JSON.stringify(providerStatements)).toContain(`"${fnId}"`);
    }
  });

  it('keeps logs for the configured time and alarms on errors, latency and throttles of every function, and the shim 503 rate', () => {
    for (const stack of stacks) {
      const settings = ENVIRONMENTS.find((e) => `Marketplace-${e.name}` === stack.node.id)!;
      for (const [id, group] of ofType(stack, 'AWS::Logs::LogGroup')) expect(group.Properties.RetentionInDays, id).toBe(settings.logRetentionDays);
      const alarms = ofType(stack, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties.AlarmDescription as string);
      for (const fn of [...Object.keys(stack.functions), 'billing-jobs', 'quotas-jobs', 'catalog-health', 'identity-relay', 'keys-relay', 'analytics-compaction', 'identity-erasures']) {
        expect(alarms).toContain(`${fn}: more than 5 errors in 5 minutes`);
        expect(alarms).toContain(`${fn}: p95 duration above ${['catalog-health', 'analytics-compaction', 'identity-erasures'].includes(fn) ? 60 : 3} s`);
        expect(alarms).toContain(`${fn}: throttled invocations`);
      }
      expect(alarms.some((a) => a.startsWith('quota shim: more than 1 % of validate calls answered 503'))).toBe(true);
      // The scheduled functions: billing's and quotas' jobs, the catalog's health sweep, identity's and keys' outbox
      // relays (each every minute) and the analytics compaction (every five, one at a time), the account erasures
      // (hourly, one at a time).
      const scheduled = ofType(stack, 'AWS::Events::Rule').map(([, r]) => [r.Properties.ScheduleExpression, r.Properties.Targets.length]);
      expect(scheduled.sort()).toEqual([['rate(1 hour)', 1], ...Array(5).fill(['rate(1 minute)', 1]), ['rate(5 minutes)', 1]]);
      const erasure = ofType(stack, 'AWS::Lambda::Function').filter(([, r]) => r.Properties.Handler === 'index.erasureJobHandler');
      expect(erasure.map(([, r]) => [r.Properties.Description, r.Properties.ReservedConcurrentExecutions, r.Properties.Timeout])).toEqual([
        [`marketplace account-erasure (${settings.name})`, 1, 300],
      ]);
      const jobs = ofType(stack, 'AWS::Lambda::Function').filter(([, r]) => r.Properties.Handler === 'index.jobsHandler');
      expect(jobs.map(([, r]) => r.Properties.Description).sort()).toEqual(['analytics', 'billing', 'catalog', 'identity', 'keys', 'quotas'].map((p) => `marketplace ${p} (${settings.name})`));
      // Every subgraph with an outbox has a scheduled jobs function (its handler relays the outbox) on a one-minute rule:
      // nothing a crash left in an outbox waits for a process that does not run on AWS.
      const rules = ofType(stack, 'AWS::Events::Rule').map(([, r]) => r.Properties);
      for (const program of OUTBOX_PRODUCERS) {
        const fn = jobs.find(([, r]) => r.Properties.Description === `marketplace ${program} (${settings.name})`);
        expect(fn, program).toBeDefined();
        const rule = rules.find((r) => JSON.stringify(r.Targets).includes(`"${fn![0]}"`));
        expect(rule?.ScheduleExpression, program).toBe('rate(1 minute)');
      }
      expect(jobs.find(([, r]) => r.Properties.Description.startsWith('marketplace analytics'))![1].Properties.ReservedConcurrentExecutions).toBe(1);
      templates.get(stack.node.id)!.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
        TargetTrackingScalingPolicyConfiguration: { PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' }, TargetValue: settings.shim.cpuTargetPercent },
      });
      templates.get(stack.node.id)!.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { MinCapacity: settings.shim.minTasks, MaxCapacity: settings.shim.maxTasks });
    }
  });
});

function secretArnsOf(stack: MarketplaceStack, program: ProgramName): Record<string, unknown> {
  const fn = ofType(stack, 'AWS::Lambda::Function').find(([, r]) => r.Properties.Description === `marketplace ${program} (${stack.node.id.replace('Marketplace-', '')})`)!;
  const value = fn[1].Properties.Environment.Variables.SECRET_ARNS as { 'Fn::Join': [string, unknown[]] };
  // {"INTERNAL_SECRET":"<ref>",…} joined at deploy time: the names are the literal parts.
  const literal = value['Fn::Join'][1].filter((p): p is string => typeof p === 'string').join('');
  return Object.fromEntries([...literal.matchAll(/"([A-Z_]+)":/g)].map((m) => [m[1]!, true]));
}
