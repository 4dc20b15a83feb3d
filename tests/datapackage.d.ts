// The parts of frictionlessdata/datapackage-js (no types of its own) the tests use.
declare module "datapackage" {
  export class Resource {
    readonly name: string;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Array<Record<string, unknown>>>;
    checkRelations(): Promise<true>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
