/** What a workspace file is, decided by discovery (name first, content when the name says nothing). */
export type FileKind =
  | 'profile'
  | 'liberty-server-xml' // a server.xml: the root of a Liberty server's configuration
  | 'liberty-xml' // other Liberty XML: includes, configDropins
  | 'liberty-bootstrap' // bootstrap.properties and its bootstrap.include files
  | 'liberty-env' // server.env
  | 'config'; // vipa-check.json
