import { type CfnResource, CfnOutput, Duration, RemovalPolicy, Size, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ecsPatterns from 'aws-cdk-lib/aws-ecs-patterns';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as triggers from 'aws-cdk-lib/triggers';
import { SERVICES, SUBGRAPHS } from '@marketplace/gateway/public';
import { type KeyAttribute, SECRET_ARNS_VARIABLE, secretVariables, subgraphMountPath, tableName } from '@marketplace/shared';
import type { Construct, IConstruct } from 'constructs';
import type { ProgramName } from './bundle.ts';
import type { EnvironmentSettings } from './environments.ts';
import { type Access, ACTIONS, BACKFILL_PROGRAMS, EVENT_PRODUCERS, PROGRAM_ACCESS, TABLES, type TableName } from './processes.ts';
import { LOG_PREFIXES } from '@marketplace/analytics/public';
import { EVENT_COLUMNS, EVENTS_PREFIX } from './analytics-events.ts';

/** Settings that are not in a process's secret list but carry credentials, so they live in Secrets Manager too. */
export const CREDENTIAL_SETTINGS = ['SMTP_URL', 'ADMIN_PASSWORD'] as const;

/** Secrets the stack can generate itself (random HMAC keys); the others are put in by the operator after deploy. */
const GENERATED = new Set(['INTERNAL_SECRET', 'FINGERPRINT_SECRET', 'PROOF_OF_WORK_SECRET']);

/** Where billing's PDFs go in the data bucket (S3DocumentStore's default prefix). */
const DOCUMENTS_PREFIX = 'documents/';

/**
 * A backfill function's limit: under the 15 minutes the trigger's provider function may wait for it (the handler
 * stops a minute before, with its position saved); the trigger's own wait is a minute longer than the function's.
 */
const BACKFILL_TIMEOUT = Duration.minutes(13);

/** The shim's container port (SHIM_PORT) behind the load balancer. */
const SHIM_PORT = 4010;

/** The operations the code uses (an alarm's math may hold at most 10 metrics). */
const THROTTLE_OPERATIONS = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.BATCH_GET_ITEM,
  dynamodb.Operation.QUERY,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.TRANSACT_WRITE_ITEMS,
];

const LAMBDA_PROGRAMS = ['gateway', 'identity', 'catalog', 'keys', 'quotas', 'billing', 'analytics'] as const satisfies readonly ProgramName[];

/** Where the analytics event log lives in the data bucket (the keys of `DATA_DIR/analytics`): raw batches, Parquet. */
export { LOG_PREFIXES };

/** What the analytics functions may do in the data bucket: list and read the log; the compaction job also writes it. */
export const LOG_ACCESS = {
  read: ['s3:GetObject'],
  compact: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
} as const;
type LambdaProgram = (typeof LAMBDA_PROGRAMS)[number];

export interface MarketplaceStackProps extends StackProps {
  settings: EnvironmentSettings;
  /** Each program's bundle directory (`bundlePrograms`); tests pass placeholders. */
  assets: Record<ProgramName, string>;
}

const attributeType = (a: KeyAttribute) =>
  a.type === 'S' ? dynamodb.AttributeType.STRING : a.type === 'N' ? dynamodb.AttributeType.NUMBER : dynamodb.AttributeType.BINARY;

/**
 * The whole platform in one environment: DynamoDB tables from the packages' own definitions, the gateway and the
 * subgraphs as Lambda functions behind one HTTP API, the quota shim on Fargate behind a load balancer, secrets,
 * SES, S3 (invoices, the analytics log, the web app), Glue + Athena over the log, CloudFront, alarms.
 */
export class MarketplaceStack extends Stack {
  readonly tables: Record<TableName, dynamodb.TableV2>;
  readonly functions: Record<LambdaProgram, lambda.Function>;
  readonly secrets: Record<string, secretsmanager.Secret>;
  readonly environments: Record<ProgramName, Record<string, string>> = {} as Record<ProgramName, Record<string, string>>;
  /** Invoices, the analytics event log and Athena's results. */
  private dataBucket!: s3.Bucket;

  constructor(scope: Construct, id: string, props: MarketplaceStackProps) {
    super(scope, id, props);
    const { settings, assets } = props;
    const removalPolicy = settings.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const retention = { 30: logs.RetentionDays.ONE_MONTH, 90: logs.RetentionDays.THREE_MONTHS, 365: logs.RetentionDays.ONE_YEAR }[settings.logRetentionDays];
    const prefix = `marketplace-${settings.name}-`;

    // ---- DynamoDB: one table per subgraph, the shape its package declares (the one `ensureTable` creates locally).
    this.tables = {} as Record<TableName, dynamodb.TableV2>;
    for (const table of TABLES) {
      const def = table.definition;
      this.tables[table.subgraph as TableName] = new dynamodb.TableV2(this, `Table-${table.subgraph}`, {
        tableName: tableName(prefix, table.subgraph),
        partitionKey: { name: def.partitionKey.name, type: attributeType(def.partitionKey) },
        sortKey: { name: def.sortKey.name, type: attributeType(def.sortKey) },
        billing: dynamodb.Billing.onDemand(),
        globalSecondaryIndexes: def.globalSecondaryIndexes.map((g) => ({
          indexName: g.indexName,
          partitionKey: { name: g.partitionKey.name, type: attributeType(g.partitionKey) },
          sortKey: { name: g.sortKey.name, type: attributeType(g.sortKey) },
          projectionType: dynamodb.ProjectionType.ALL,
        })),
        timeToLiveAttribute: def.timeToLiveAttribute,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: settings.production,
        removalPolicy,
        ...(table.stream ? { dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES } : {}),
      });
    }

    // ---- Secrets: one per variable, named after it.
    this.secrets = {};
    const secretOf = (variable: string) => {
      this.secrets[variable] ??= new secretsmanager.Secret(this, `Secret-${variable}`, {
        secretName: `marketplace/${settings.name}/${variable}`,
        description: GENERATED.has(variable) ? `${variable} (generated)` : `${variable}: put the value in after the first deploy (README, Deploy to AWS)`,
        generateSecretString: { passwordLength: 64, excludePunctuation: true },
        removalPolicy,
      });
      return this.secrets[variable];
    };

    // ---- Buckets: access logs; data (invoices/, the analytics log under events/, Athena results); the web app.
    const logsBucket = new s3.Bucket(this, 'LogsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // CloudFront writes its logs with ACLs.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(settings.logRetentionDays) }],
      removalPolicy,
    });
    const bucketDefaults = {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logsBucket,
      removalPolicy,
    } as const;
    const dataBucket = new s3.Bucket(this, 'DataBucket', { ...bucketDefaults, serverAccessLogsPrefix: 'data/' });
    this.dataBucket = dataBucket;
    const webBucket = new s3.Bucket(this, 'WebBucket', { ...bucketDefaults, serverAccessLogsPrefix: 'web/' });

    // ---- Mail: the sending domain. The processes send over SES's SMTP interface (SMTP_URL, a secret).
    const mailIdentity = new ses.EmailIdentity(this, 'MailDomain', { identity: ses.Identity.domain(settings.mailDomain) });

    // ---- The HTTP API: the gateway at the root, each subgraph under /_subgraphs/<name>/ (signed requests only).
    const apiLogs = new logs.LogGroup(this, 'ApiAccessLogs', { retention, removalPolicy });
    const api = new HttpApi(this, 'Api', { apiName: `marketplace-${settings.name}`, createDefaultStage: false });
    api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 1000, burstLimit: 2000 },
      accessLogSettings: { destination: new LogGroupLogDestination(apiLogs) },
    });
    const apiUrl = `https://${api.apiId}.execute-api.${this.region}.${this.urlSuffix}`;

    // ---- The web app: S3 behind CloudFront; the API's paths go to the HTTP API on the same origin.
    const apiOrigin = new origins.HttpOrigin(`${api.apiId}.execute-api.${this.region}.${this.urlSuffix}`);
    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: apiOrigin,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
    };
    const distribution = new cloudfront.Distribution(this, 'Web', {
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(webBucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      additionalBehaviors: Object.fromEntries(['/graphql', '/healthz', '/config.json', '/auth/*', '/billing/*', '/errors*'].map((p) => [p, apiBehavior])),
      defaultRootObject: 'index.html',
      // The web app's own routes (e.g. /verify-email) all load its index page.
      errorResponses: [{ httpStatus: 403, responseHttpStatus: 200, responsePagePath: '/index.html', ttl: Duration.minutes(1) }],
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      enableLogging: true,
      logBucket: logsBucket,
      logFilePrefix: 'cloudfront/',
    });
    const publicUrl = settings.publicUrl ?? `https://${distribution.distributionDomainName}`;

    // ---- The quota shim: long-lived tasks (in-memory leases and caches) behind a load balancer, scaled on CPU.
    const vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      // No NAT gateway (about $33 a month each): tasks sit in public subnets behind their security group, and
      // reach DynamoDB through a gateway endpoint.
      natGateways: 0,
      subnetConfiguration: [{ name: 'public', subnetType: ec2.SubnetType.PUBLIC }],
      flowLogs: { all: { destination: ec2.FlowLogDestination.toCloudWatchLogs(new logs.LogGroup(this, 'VpcFlowLogs', { retention, removalPolicy })) } },
    });
    vpc.addGatewayEndpoint('DynamoDb', { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB });
    const cluster = new ecs.Cluster(this, 'Cluster', { vpc, containerInsightsV2: ecs.ContainerInsights.ENABLED });
    const shimLogs = new logs.LogGroup(this, 'ShimLogs', { retention, removalPolicy });
    const shimEnv = this.environmentFor('quota-shim', settings, prefix, publicUrl, { SHIM_PORT: String(SHIM_PORT), HOST: '0.0.0.0', AWS_REGION: this.region });
    const shimSecrets = this.secretVariablesFor('quota-shim');
    const shim = new ecsPatterns.ApplicationLoadBalancedFargateService(this, 'Shim', {
      cluster,
      cpu: 512,
      memoryLimitMiB: 1024,
      desiredCount: settings.shim.minTasks,
      assignPublicIp: true,
      taskSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      publicLoadBalancer: true,
      circuitBreaker: { rollback: true },
      taskImageOptions: {
        image: ecs.ContainerImage.fromAsset(assets['quota-shim']),
        containerPort: SHIM_PORT,
        environment: shimEnv,
        secrets: Object.fromEntries(shimSecrets.map((v) => [v, ecs.Secret.fromSecretsManager(secretOf(v))])),
        logDriver: ecs.LogDrivers.awsLogs({ streamPrefix: 'shim', logGroup: shimLogs }),
      },
    });
    shim.targetGroup.configureHealthCheck({ path: '/healthz', healthyHttpCodes: '200', interval: Duration.seconds(15) });
    // A task drains in-flight calls and returns its unused lease units on SIGTERM within seconds.
    shim.targetGroup.setAttribute('deregistration_delay.timeout_seconds', '15');
    shim.loadBalancer.logAccessLogs(logsBucket, 'shim-alb');
    shim.service.autoScaleTaskCount({ minCapacity: settings.shim.minTasks, maxCapacity: settings.shim.maxTasks }).scaleOnCpuUtilization('Cpu', {
      targetUtilizationPercent: settings.shim.cpuTargetPercent,
      scaleOutCooldown: Duration.seconds(60),
      scaleInCooldown: Duration.seconds(300),
    });
    this.grantTables(shim.taskDefinition.taskRole, 'quota-shim');
    this.grantEventAppends(shim.taskDefinition.taskRole, 'quota-shim');
    Validations.of(shim.taskDefinition.obtainExecutionRole()).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'ecr:GetAuthorizationToken (pulling the shim image) has no resource-level permission.',
    });
    const quotaUrl = settings.publicQuotaUrl ?? `http://${shim.loadBalancer.loadBalancerDnsName}`;

    // ---- Lambda functions: each with its own role, log group, environment and secrets.
    this.functions = {} as Record<LambdaProgram, lambda.Function>;
    const billingExtra = { DOCUMENTS_BUCKET: dataBucket.bucketName };
    const analyticsExtra = { ANALYTICS_MEMORY_LIMIT: '1GB' };
    const subgraphUrl = (name: string) => `${apiUrl}${subgraphMountPath(name)}/graphql`;
    for (const program of LAMBDA_PROGRAMS) {
      const extra: Record<string, string> =
        program === 'gateway'
          ? {
              ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv, subgraphUrl(s.name)])),
              ...Object.fromEntries(SERVICES.map((s) => [s.urlEnv, quotaUrl])),
              PUBLIC_QUOTA_URL: quotaUrl,
              TRUST_PROXY_HOPS: String(settings.trustProxyHops),
              // A subgraph function's cold start (a few seconds) is part of a health check; the API waits 30 s.
              HEALTH_TIMEOUT_MS: '10000',
            }
          : program === 'billing'
            ? billingExtra
            : program === 'analytics'
              ? analyticsExtra
              : {};
      // DuckDB gets 1 GB of the analytics function's 2 GB (the rest: Node, the mirrored files' page cache); its copy
      // of the log lives in /tmp (4 GB instead of 512 MB).
      const options = program === 'analytics' ? { memorySize: 2048, ephemeralStorageSize: Size.gibibytes(4) } : {};
      this.functions[program] = this.lambdaFor(program, 'index.handler', assets[program], settings, prefix, publicUrl, extra, retention, removalPolicy, secretOf, options);
    }
    api.addRoutes({ path: '/{proxy+}', methods: [HttpMethod.ANY], integration: new HttpLambdaIntegration('Gateway', this.functions.gateway) });
    // Every subgraph has its entry point; one without would get no route, and the gateway's /healthz would name it.
    for (const s of SUBGRAPHS.filter((each) => (LAMBDA_PROGRAMS as readonly string[]).includes(each.name))) {
      const fn = this.functions[s.name as LambdaProgram];
      api.addRoutes({ path: `${subgraphMountPath(s.name)}/{proxy+}`, methods: [HttpMethod.ANY], integration: new HttpLambdaIntegration(`Subgraph-${s.name}`, fn) });
    }
    // Billing's due jobs: the same code and rights as billing, on a one-minute schedule instead of a timer.
    const billingJobs = this.lambdaFor('billing', 'index.jobsHandler', assets.billing, settings, prefix, publicUrl, billingExtra, retention, removalPolicy, secretOf, { id: 'BillingJobs' });
    new events.Rule(this, 'BillingJobsSchedule', { schedule: events.Schedule.rate(Duration.minutes(1)), targets: [new targets.LambdaFunction(billingJobs)] });
    // Quotas' upgrade notices (trial-end warnings, notice mails): the same code and rights as quotas, on a schedule.
    const quotasJobs = this.lambdaFor('quotas', 'index.jobsHandler', assets.quotas, settings, prefix, publicUrl, {}, retention, removalPolicy, secretOf, { id: 'QuotasJobs' });
    new events.Rule(this, 'QuotasJobsSchedule', { schedule: events.Schedule.rate(Duration.minutes(1)), targets: [new targets.LambdaFunction(quotasJobs)] });
    // The catalog's solution health sweep: the same code and rights as the catalog, every minute (the default
    // HEALTH_CHECK_INTERVAL_MS; a longer interval makes extra invocations skip through the scheduler's lease). A
    // sweep of many slow solutions may outlast the HTTP API's 29 s, so this function gets longer.
    const healthJobs = this.lambdaFor('catalog', 'index.jobsHandler', assets.catalog, settings, prefix, publicUrl, {}, retention, removalPolicy, secretOf, {
      id: 'CatalogHealthJobs',
      timeout: Duration.minutes(5),
    });
    new events.Rule(this, 'CatalogHealthSchedule', { schedule: events.Schedule.rate(Duration.minutes(1)), targets: [new targets.LambdaFunction(healthJobs)] });
    // Keys' and identity's outbox relays (billing's, quotas' and the catalog's jobs above relay theirs): events a crash
    // or a failed append left in the outbox reach the log within a minute or two.
    const relayJobs = {} as Record<'identity' | 'keys', lambda.Function>;
    for (const program of ['identity', 'keys'] as const) {
      const id = program === 'identity' ? 'IdentityOutboxRelay' : 'KeysOutboxRelay';
      relayJobs[program] = this.lambdaFor(program, 'index.jobsHandler', assets[program], settings, prefix, publicUrl, {}, retention, removalPolicy, secretOf, { id });
      new events.Rule(this, `${id}Schedule`, { schedule: events.Schedule.rate(Duration.minutes(1)), targets: [new targets.LambdaFunction(relayJobs[program])] });
    }
    // Account erasures whose grace period ended: hourly, as `npm start`'s account-erasure process; one at a time, with
    // identity's settings and each package's table its public eraser writes (PROGRAM_ACCESS['account-erasure']).
    const erasureJobs = this.lambdaFor('account-erasure', 'index.erasureJobHandler', assets['account-erasure'], settings, prefix, publicUrl, {}, retention, removalPolicy, secretOf, {
      id: 'IdentityErasureJobs',
      timeout: Duration.minutes(5),
      reservedConcurrentExecutions: 1,
    });
    new events.Rule(this, 'IdentityErasureSchedule', { schedule: events.Schedule.rate(Duration.hours(1)), targets: [new targets.LambdaFunction(erasureJobs)] });
    // Start-up backfills (the list `main.ts` runs before it listens): on every deployment that changes the package's
    // code, a trigger invokes its backfill function once the table and the serving function are deployed, so old
    // items get the index entries the new code reads (and the new code writes them for new items meanwhile). The
    // function may only scan and fix its own table, with no secret (it runs on the first deployment too, before the
    // operator puts them in); a failure, or a backfill not finished within one invocation, fails the deployment
    // (deploy again: it resumes from its saved position).
    for (const program of BACKFILL_PROGRAMS) {
      const id = program === 'keys' ? 'KeysBackfill' : 'BillingBackfill';
      const fn = this.lambdaFor(program, 'index.backfillHandler', assets[program], settings, prefix, publicUrl, program === 'billing' ? billingExtra : {}, retention, removalPolicy, secretOf, {
        id,
        timeout: BACKFILL_TIMEOUT,
        backfill: true,
      });
      new triggers.Trigger(this, `${id}Trigger`, {
        handler: fn,
        invocationType: triggers.InvocationType.REQUEST_RESPONSE,
        timeout: BACKFILL_TIMEOUT.plus(Duration.minutes(1)),
        executeOnHandlerChange: true,
        executeAfter: [this.tables[program], this.functions[program]],
      });
    }
    // Billing keeps its documents (invoice and credit-note PDFs) under documents/ in the data bucket.
    for (const fn of [this.functions.billing, billingJobs]) {
      fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [dataBucket.arnForObjects(`${DOCUMENTS_PREFIX}*`)] }));
    }
    this.acknowledgeWildcard(dataBucket.node.defaultChild as CfnResource, `/${DOCUMENTS_PREFIX}*`, 'billing reads and writes its PDFs under the documents/ prefix only');

    // Analytics' compaction: the function's copy of the log brought up to date, compacted, and the Parquet sent back
    // (the raw batches it replaced deleted). One invocation at a time, so two compactions never race; every five
    // minutes (the process compacts every minute: here each run pays a listing and the new objects).
    const compaction = this.lambdaFor('analytics', 'index.jobsHandler', assets.analytics, settings, prefix, publicUrl, analyticsExtra, retention, removalPolicy, secretOf, {
      id: 'AnalyticsCompaction',
      timeout: Duration.minutes(5),
      memorySize: 2048,
      ephemeralStorageSize: Size.gibibytes(4),
      reservedConcurrentExecutions: 1,
    });
    new events.Rule(this, 'AnalyticsCompactionSchedule', { schedule: events.Schedule.rate(Duration.minutes(5)), targets: [new targets.LambdaFunction(compaction)] });
    for (const [fn, actions] of [[this.functions.analytics, LOG_ACCESS.read], [compaction, LOG_ACCESS.compact]] as const) {
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [dataBucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': LOG_PREFIXES.map((p) => `${p}*`) } },
        }),
      );
      fn.addToRolePolicy(new iam.PolicyStatement({ actions: [...actions], resources: LOG_PREFIXES.map((p) => dataBucket.arnForObjects(`${p}*`)) }));
    }
    for (const p of LOG_PREFIXES) this.acknowledgeWildcard(dataBucket.node.defaultChild as CfnResource, `/${p}*`, `analytics reads (and its compaction rewrites) the event log under ${p} only`);
    for (const table of Object.values(this.tables)) {
      this.acknowledgeWildcard(table.node.defaultChild as CfnResource, '/index/*', 'the GSIs of this one table, which the code queries');
    }

    // ---- Analytics: the compacted log under events/date=YYYY-MM-DD/ as Parquet, a Glue table and Athena for analysts.
    const database = new glue.CfnDatabase(this, 'AnalyticsDatabase', {
      catalogId: this.account,
      databaseInput: { name: `marketplace_${settings.name}` },
    });
    const eventsTable = new glue.CfnTable(this, 'EventsTable', {
      catalogId: this.account,
      databaseName: `marketplace_${settings.name}`,
      tableInput: {
        name: 'events',
        tableType: 'EXTERNAL_TABLE',
        partitionKeys: [{ name: 'date', type: 'string' }],
        parameters: {
          classification: 'parquet',
          // Partition projection: Athena computes the day partitions itself, so no crawler or MSCK runs.
          'projection.enabled': 'true',
          'projection.date.type': 'date',
          'projection.date.format': 'yyyy-MM-dd',
          'projection.date.range': '2026-01-01,NOW',
          'projection.date.interval': '1',
          'projection.date.interval.unit': 'DAYS',
          'storage.location.template': `s3://${dataBucket.bucketName}/${EVENTS_PREFIX}date=\${date}/`,
        },
        storageDescriptor: {
          location: `s3://${dataBucket.bucketName}/${EVENTS_PREFIX}`,
          inputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
          serdeInfo: { serializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe' },
          columns: EVENT_COLUMNS,
        },
      },
    });
    eventsTable.addResourceDependency(database);
    new athena.CfnWorkGroup(this, 'AnalyticsWorkGroup', {
      name: `marketplace-${settings.name}`,
      state: 'ENABLED',
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        // 10 GB a query at most: a runaway query costs at most about $0.05.
        bytesScannedCutoffPerQuery: 10 * 1024 ** 3,
        resultConfiguration: {
          outputLocation: `s3://${dataBucket.bucketName}/athena-results/`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
        },
      },
    });

    // ---- Alarms to an SNS topic: errors, latency and throttles of every function, the tables' throttles, the
    // API's 5xx, and the shim's 503 rate (its only 5xx: the store did not answer) and CPU.
    const topic = new sns.Topic(this, 'Alarms', { enforceSSL: true });
    topic.addSubscription(new subscriptions.EmailSubscription(settings.alarmEmail));
    const alarm = (id: string, metric: cloudwatch.IMetric, threshold: number, description: string) =>
      new cloudwatch.Alarm(this, id, {
        metric,
        threshold,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(new cwActions.SnsAction(topic));
    const fiveMinutes = { period: Duration.minutes(5) };
    for (const [name, fn] of [...Object.entries(this.functions), ['billing-jobs', billingJobs] as const, ['quotas-jobs', quotasJobs] as const, ['catalog-health', healthJobs] as const, ['identity-relay', relayJobs.identity] as const, ['keys-relay', relayJobs.keys] as const, ['analytics-compaction', compaction] as const, ['identity-erasures', erasureJobs] as const]) {
      // A health sweep waits out slow solutions (each check up to HEALTH_CHECK_TIMEOUT_MS) and a compaction rewrites
      // Parquet: a minute is their alarm.
      const slowSeconds = name === 'catalog-health' || name === 'analytics-compaction' || name === 'identity-erasures' ? 60 : 3;
      alarm(`Errors-${name}`, fn.metricErrors({ ...fiveMinutes, statistic: 'Sum' }), 5, `${name}: more than 5 errors in 5 minutes`);
      alarm(`Latency-${name}`, fn.metricDuration({ ...fiveMinutes, statistic: 'p95' }), slowSeconds * 1000, `${name}: p95 duration above ${slowSeconds} s`);
      alarm(`Throttles-${name}`, fn.metricThrottles({ ...fiveMinutes, statistic: 'Sum' }), 0, `${name}: throttled invocations`);
    }
    for (const [name, table] of Object.entries(this.tables)) {
      alarm(`TableThrottles-${name}`, table.metricThrottledRequestsForOperations({ ...fiveMinutes, operations: THROTTLE_OPERATIONS }), 0, `table ${name}: throttled requests`);
    }
    alarm(
      'Api5xx',
      new cloudwatch.Metric({ namespace: 'AWS/ApiGateway', metricName: '5xx', dimensionsMap: { ApiId: api.apiId }, statistic: 'Sum', ...fiveMinutes }),
      10,
      'HTTP API: more than 10 server errors in 5 minutes',
    );
    const albMetric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/ApplicationELB',
        metricName,
        dimensionsMap: { LoadBalancer: shim.loadBalancer.loadBalancerFullName },
        statistic: 'Sum',
        ...fiveMinutes,
      });
    alarm(
      'Shim503Rate',
      new cloudwatch.MathExpression({
        expression: '100 * (target5xx + elb5xx) / MAX([requests, 1])',
        usingMetrics: { target5xx: albMetric('HTTPCode_Target_5XX_Count'), elb5xx: albMetric('HTTPCode_ELB_5XX_Count'), requests: albMetric('RequestCount') },
        label: 'shim 503 %',
        ...fiveMinutes,
      }),
      1,
      'quota shim: more than 1 % of validate calls answered 503 (store unavailable or no healthy task)',
    );
    alarm('ShimCpu', shim.service.metricCpuUtilization({ ...fiveMinutes }), 85, 'quota shim: CPU above 85 % (scaling is at its maximum?)');

    new CfnOutput(this, 'WebUrl', { value: publicUrl });
    new CfnOutput(this, 'ApiUrl', { value: apiUrl });
    new CfnOutput(this, 'QuotaUrl', { value: quotaUrl });
    new CfnOutput(this, 'WebBucketName', { value: webBucket.bucketName });
    new CfnOutput(this, 'DataBucketName', { value: dataBucket.bucketName });
    new CfnOutput(this, 'MailIdentity', { value: mailIdentity.emailIdentityName });
  }

  /** The variables of a program's secrets: its process's, and the credential-carrying settings it reads. */
  secretVariablesFor(program: ProgramName): string[] {
    const { process } = PROGRAM_ACCESS[program];
    const shape = Object.keys(schemaShape(process.envSchema));
    // Optional secrets (the previous webhook secret, set only while rotating) are added by hand when needed.
    const optional = new Set(Object.values(process.declare ?? {}).flatMap((spec) => (spec.optional ? [spec.env] : [])));
    return [...secretVariables(process).filter((v) => !optional.has(v)), ...CREDENTIAL_SETTINGS.filter((s) => shape.includes(s))];
  }

  /** A program's plain settings (everything its process validates that is not a secret or set by the runtime). */
  private environmentFor(program: ProgramName, settings: EnvironmentSettings, prefix: string, publicUrl: string, extra: Record<string, string>): Record<string, string> {
    const shape = Object.keys(schemaShape(PROGRAM_ACCESS[program].process.envSchema));
    const values: Record<string, string> = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      // The only writable directory on Lambda; nothing durable is kept there (secrets come from Secrets Manager).
      DATA_DIR: '/tmp/marketplace',
      TABLE_PREFIX: prefix,
      PUBLIC_URL: publicUrl,
      MAIL_FROM: settings.mailFrom,
      RAZORPAY_KEY_ID: settings.razorpayKeyId,
      // Producers PUT their event batches there; analytics queries a copy of it.
      ANALYTICS_BUCKET: this.dataBucket.bucketName,
    };
    // What the process validates (its schema's keys), plus what its code reads outside the schema (`extra`, and
    // Apollo's telemetry switch: off, as in every local run).
    const env = { ...Object.fromEntries(Object.entries(values).filter(([k]) => shape.includes(k))), ...extra, APOLLO_TELEMETRY_DISABLED: '1' };
    this.environments[program] = env;
    return env;
  }

  private lambdaFor(
    program: LambdaProgram | 'account-erasure',
    handler: string,
    asset: string,
    settings: EnvironmentSettings,
    prefix: string,
    publicUrl: string,
    extra: Record<string, string>,
    retention: logs.RetentionDays,
    removalPolicy: RemovalPolicy,
    secretOf: (variable: string) => secretsmanager.Secret,
    {
      id = `Fn-${program}`,
      // The HTTP API waits 30 s at most; scheduled functions may say otherwise.
      timeout = Duration.seconds(29),
      memorySize = 1024,
      reservedConcurrentExecutions,
      ephemeralStorageSize,
      backfill = false,
    }: {
      id?: string;
      timeout?: Duration;
      memorySize?: number;
      reservedConcurrentExecutions?: number;
      ephemeralStorageSize?: Size;
      /** A backfill function: only `backfill` rights on the program's own table, no secret, no event appends. */
      backfill?: boolean;
    } = {},
  ): lambda.Function {
    const logGroup = new logs.LogGroup(this, `${id}-Logs`, { retention, removalPolicy });
    const role = new iam.Role(this, `${id}-Role`, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description: `${program}: its tables, secrets and log group only` });
    role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    this.grantTables(role, program, backfill ? { [program]: 'backfill' } : undefined);
    if (!backfill) this.grantEventAppends(role, program);
    const variables = backfill ? [] : this.secretVariablesFor(program);
    const secretArns: Record<string, string> = {};
    for (const variable of variables) {
      const secret = secretOf(variable);
      secretArns[variable] = secret.secretArn;
      role.addToPolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }));
    }
    const environment = { ...this.environmentFor(program, settings, prefix, publicUrl, extra), [SECRET_ARNS_VARIABLE]: this.toJsonString(secretArns) };
    return new lambda.Function(this, id, {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.X86_64,
      handler,
      code: lambda.Code.fromAsset(asset),
      memorySize,
      timeout,
      reservedConcurrentExecutions,
      ephemeralStorageSize,
      role,
      logGroup,
      environment,
      description: `marketplace ${program} (${settings.name})`,
    });
  }

  /** Exactly the table rights PROGRAM_ACCESS lists (or `tables`): the table and its indexes, the listed actions. */
  private grantTables(role: iam.IGrantable, program: ProgramName, tables: Partial<Record<TableName, Access>> = PROGRAM_ACCESS[program].tables): void {
    for (const [name, access] of Object.entries(tables)) {
      const table = this.tables[name as TableName];
      role.grantPrincipal.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ACTIONS[access], resources: [table.tableArn, `${table.tableArn}/index/*`] }),
      );
    }
    // The gateway's /healthz asks DynamoDB for one table name (ListTables has no resource-level permission).
    if (program === 'gateway') {
      role.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:ListTables'], resources: ['*'] }));
      Validations.of(role as unknown as IConstruct).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'dynamodb:ListTables (the gateway health check) has no resource-level permission; it reveals table names only.',
      });
    }
  }

  /** A producer of analytics events may put objects under `raw/` of the data bucket, and do nothing else there. */
  private grantEventAppends(role: iam.IGrantable, program: ProgramName): void {
    if (!EVENT_PRODUCERS.includes(program)) return;
    role.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [this.dataBucket.arnForObjects(`${LOG_PREFIXES[0]}*`)] }));
  }

  /** Acknowledges cdk-nag's finding for `<resource ARN><suffix>` (a wildcard under one resource), with the reason. */
  private acknowledgeWildcard(resource: CfnResource, suffix: string, reason: string): void {
    Validations.of(this).acknowledge({ id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(resource)}.Arn>${suffix}]`, reason });
  }
}

/** The object shape behind a zod schema, through refinements (`.refine`, `.superRefine`) and transforms. */
export function schemaShape(schema: unknown): Record<string, unknown> {
  let current = schema as { shape?: Record<string, unknown>; def?: { in?: unknown; schema?: unknown; innerType?: unknown } };
  for (let i = 0; i < 10 && current; i++) {
    if (current.shape) return current.shape;
    const next = current.def?.in ?? current.def?.schema ?? current.def?.innerType;
    if (!next) break;
    current = next as typeof current;
  }
  throw new Error('not an object schema');
}
