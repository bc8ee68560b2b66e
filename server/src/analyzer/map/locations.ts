/** The map's file and location tables: every fact links to its source line through a small index. */
import type { Location } from '../base/range.js';
import type { LocRef, MapFile, MapLocation } from './map-types.js';

export class LocationTable {
  readonly files: MapFile[] = [];
  readonly locations: MapLocation[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly locationIndex = new Map<string, LocRef>();

  constructor(private readonly labelOf: (uri: string) => string) {}

  ref(location: Location | undefined): LocRef | undefined {
    if (!location) return undefined;
    const { start, end } = location.range;
    const key = `${location.uri}\u0000${start.line}:${start.character}-${end.line}:${end.character}`;
    let ref = this.locationIndex.get(key);
    if (ref === undefined) {
      ref = this.locations.length;
      this.locations.push({ file: this.fileOf(location.uri), line: start.line, character: start.character, endLine: end.line, endCharacter: end.character });
      this.locationIndex.set(key, ref);
    }
    return ref;
  }

  /** The first line of a file (a stack's profile). */
  fileStart(uri: string): LocRef {
    return this.ref({ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } })!;
  }

  private fileOf(uri: string): number {
    let index = this.fileIndex.get(uri);
    if (index === undefined) {
      index = this.files.length;
      this.files.push({ uri, label: this.labelOf(uri) });
      this.fileIndex.set(uri, index);
    }
    return index;
  }
}
