import { Migration } from '@mikro-orm/migrations';

/**
 * The cost workbench: anonymised scenarios of a typical case (never a person), their line items in integer minor
 * units, and the rates table (exchange rates and price indices per year) that admins keep, each row with its
 * source. Totals are stored as computed by `computeCostTotals` in @strom/shared, the same code the editor runs.
 */
export class Migration20261208090000CostWorkbench extends Migration {
  override name = '20261208090000-cost-workbench';

  override up(): void {
    for (const sql of STATEMENTS) this.addSql(sql);
  }
}

const CURRENCIES = `('EUR', 'DKK', 'SEK', 'NOK', 'PLN', 'RUB')`;

const STATEMENTS = [
  `create table "cost_scenario" ("id" uuid not null, "owner_id" uuid not null, "title" text not null, "summary" text null,
     "country_code" char(2) not null, "municipality_id" uuid null, "currency" text not null, "price_year" int not null,
     "template_key" text null, "shared" boolean not null default false, "total_minor" bigint not null,
     "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null,
     primary key ("id"),
     constraint "cost_scenario_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on delete cascade,
     constraint "cost_scenario_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "cost_scenario_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id"),
     constraint "cost_scenario_currency_check" check ("currency" in ${CURRENCIES}),
     constraint "cost_scenario_total_check" check ("total_minor" >= 0))`,
  `create index "cost_scenario_owner_index" on "cost_scenario" ("owner_id", "updated_at" desc)`,
  `create index "cost_scenario_shared_index" on "cost_scenario" ("updated_at" desc) where "shared"`,
  `create table "cost_line" ("scenario_id" uuid not null, "position" int not null, "category" text not null,
     "payer" text not null, "unit_cost_minor" bigint not null, "quantity" int not null, "period" text not null,
     "periods" int not null, "start_day" int not null default 0, "illustrative" boolean not null default false,
     "source_note" text null, primary key ("scenario_id", "position"),
     constraint "cost_line_scenario_id_foreign" foreign key ("scenario_id") references "cost_scenario" ("id") on delete cascade,
     constraint "cost_line_amounts_check" check ("unit_cost_minor" >= 0 and "quantity" >= 0 and "periods" >= 1 and "start_day" >= 0))`,
  `create table "cost_exchange_rate" ("year" int not null, "currency" text not null, "per_euro" numeric(15, 6) not null,
     "source" text not null, "updated_by_id" uuid null, "updated_at" timestamptz not null, primary key ("year", "currency"),
     constraint "cost_exchange_rate_currency_check" check ("currency" in ${CURRENCIES} and "currency" <> 'EUR'),
     constraint "cost_exchange_rate_positive_check" check ("per_euro" > 0),
     constraint "cost_exchange_rate_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null)`,
  `create table "cost_price_index" ("year" int not null, "country_code" char(2) not null, "index" numeric(15, 6) not null,
     "source" text not null, "updated_by_id" uuid null, "updated_at" timestamptz not null, primary key ("year", "country_code"),
     constraint "cost_price_index_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "cost_price_index_positive_check" check ("index" > 0),
     constraint "cost_price_index_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null)`,
];
