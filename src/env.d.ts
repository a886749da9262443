// What Arshif's renderer passes every page (see src/site/routes.ts).
declare namespace App {
  interface Locals extends Partial<import('./site/routes.ts').RouteLocals> {}
}
