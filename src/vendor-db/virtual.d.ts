// Generated from src/vendors/*.json by build/vendor-data.ts, served by build/vendor-data-plugin.ts.
declare module 'virtual:notrain/vendor-index' {
  const entries: import('../core/registry.ts').MatchEntry[];
  export default entries;
}
declare module 'virtual:notrain/vendor-badges' {
  const entries: import('../core/toolbar-badge.ts').BadgeVendor[];
  export default entries;
}
declare module 'virtual:notrain/vendor-controls' {
  const entries: import('../core/settings-page.ts').SettingsVendor[];
  export default entries;
}
declare module 'virtual:notrain/vendor-names' {
  const entries: { readonly id: string; readonly name: string }[];
  export default entries;
}
declare module 'virtual:notrain/vendor-reviews' {
  const entries: { readonly id: string; readonly reviewed: string }[];
  export default entries;
}
declare module 'virtual:notrain/default-catalog' {
  const catalog: Record<string, import('../core/messages-table.ts').MessageEntry>;
  export default catalog;
}
declare module 'virtual:notrain/project' {
  const project: { readonly version: string; readonly contact: import('../core/report-link.ts').ReportContact };
  export default project;
}
// The interactive vendor popup, as the default popup imports it: the build writes its real address in.
declare module 'notrain:vendor-popup' {}
