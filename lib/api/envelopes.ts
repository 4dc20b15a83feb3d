// The shapes of /api/v1 responses, as zod schemas: the OpenAPI document is
// generated from them, and the contract tests parse real responses with them.
import { z } from "zod";
import { factSchema, panelSchema, sourceSchema } from "@/lib/dataset/schema";
import { changeKinds } from "@/lib/history/diff";

const version = z.string().describe("The version of the dataset this response was built from.");
const count = z.number().int().min(0);

export const storedSourceSchema = sourceSchema.extend({
  text: z.string().describe("The source's stored text: the passages the dataset quotes (the whole text for the primary article)."),
});

export const factListSchema = z.strictObject({
  version,
  total: count.describe("How many facts match the filters, on all pages."),
  offset: count.describe("The position of this page's first fact among all that match."),
  limit: z.number().int().min(1).describe("The page size asked for."),
  next_cursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  previous_cursor: z.string().nullable().describe("Pass as `cursor` for the previous page; null on the first page."),
  data: z.array(factSchema),
});

export const changeSchema = z.strictObject({
  version: z.string().describe("The dataset version that made the change."),
  previous: z.string().describe("The version before it."),
  kind: z.enum(changeKinds),
  subject: z.enum(["fact", "source"]),
  id: z.string().describe("The id of the fact or source that changed."),
  label: z.string().describe("The fact's statement or the source's title."),
  field: z.string().describe("The displayed field that changed, such as `figure date`; empty for additions and removals."),
  before: z.string().nullable().describe("The field as displayed before; null for additions, removals and stored-text changes."),
  after: z.string().nullable().describe("The field as displayed after."),
  reason: z.string().nullable().describe("Why it changed, as the data's editors recorded it; null when none was recorded."),
});

export const factItemSchema = z.strictObject({
  version,
  data: factSchema,
  history: z.array(changeSchema).describe("Every change to this fact between released dataset versions, newest first."),
});

export const changeListSchema = z.strictObject({
  version,
  total: count,
  data: z.array(changeSchema).describe("Changes between consecutive dataset versions, newest version first."),
});

export const sourceListSchema = z.strictObject({
  version,
  total: count,
  data: z.array(sourceSchema).describe("Every source, without its stored text (GET /sources/{id} has it)."),
});

export const sourceItemSchema = z.strictObject({ version, data: storedSourceSchema });

export const panelListSchema = z.strictObject({ version, total: count, data: z.array(panelSchema) });

export const panelItemSchema = z.strictObject({
  version,
  data: panelSchema,
  facts: z.array(factSchema).describe("The panel's facts, in the panel's order."),
});

const errorCodes = ["invalid_query", "not_found", "invalid_body", "too_large"] as const;

export const apiErrorSchema = z.strictObject({
  status: z.number().int().min(400).max(499),
  error: z.enum(errorCodes),
  message: z.string().describe("What was wrong, in one or more sentences naming each parameter."),
  issues: z.array(
    z.strictObject({
      parameter: z.string().describe("The query or path parameter at fault."),
      message: z.string(),
      allowed: z.string().describe("What the parameter accepts."),
    }),
  ),
});

export type FactList = z.infer<typeof factListSchema>;
export type ChangeList = z.infer<typeof changeListSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;
