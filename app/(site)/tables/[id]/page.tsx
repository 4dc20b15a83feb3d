import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TableDetail } from "@/components/tables/table-detail";
import { getTable, listRecordedSeries, listTables } from "@/lib/recorded-trade/data";
import { absolute, routes } from "@/lib/routes";
import { formatAll } from "@/lib/citation/format";
import { tableRecord } from "@/lib/recorded-trade/table-citation";

export const dynamicParams = false;

export function generateStaticParams() {
  return listTables().map((table) => ({ id: table.id }));
}

export async function generateMetadata({ params }: PageProps<"/tables/[id]">): Promise<Metadata> {
  const table = getTable((await params).id);
  return table ? { title: table.title, description: `${table.compiler}, release ${table.release}: the Kazakhstan–Israel rows, as stored.` } : {};
}

export default async function TablePage({ params }: PageProps<"/tables/[id]">) {
  const table = getTable((await params).id);
  if (!table) notFound();
  return <TableDetail table={table} series={listRecordedSeries()} cited={formatAll(tableRecord(table, absolute(routes.table(table.id))))} />;
}
