/** Java is not installed (or too old) to run Neo4j; `claimgraph start` keeps the snapshot and says so. */
export class JavaMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JavaMissingError';
  }
}

/** Maven is needed once, to fetch Neo4j from Maven Central, and is not installed. */
export class MavenMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MavenMissingError';
  }
}

/** Fetching Neo4j from Maven Central failed. */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

/** A port the server needs is taken by another program. */
export class PortInUseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PortInUseError';
  }
}

/** The server was launched but did not come up (or died); the message names the log to read. */
export class ServerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerStartError';
  }
}
