import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LocalCloudError } from '../core/errors';
import { assertCloudPath, assertEnvId, type ObjectRef } from './fileid';

export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/** Files of every environment under `<root>/<envId>/<cloudPath>`; writes land atomically. */
export class ObjectStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file behind an object; refuses anything that would resolve outside the environment's folder. */
  pathOf(ref: ObjectRef): string {
    const envRoot = path.join(this.root, assertEnvId(ref.envId));
    const file = path.resolve(envRoot, assertCloudPath(ref.cloudPath));
    if (!file.startsWith(envRoot + path.sep)) {
      throw new LocalCloudError('INVALID_PARAM', `invalid cloudPath ${JSON.stringify(ref.cloudPath)}: outside the bucket`);
    }
    return file;
  }

  async write(ref: ObjectRef, source: Buffer | Readable, maxBytes: number): Promise<number> {
    const file = this.pathOf(ref);
    const tmpDir = path.join(this.root, '.tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    let size = 0;
    try {
      if (Buffer.isBuffer(source)) {
        if (source.length > maxBytes) throw new TooLargeError(`larger than ${maxBytes} bytes`);
        size = source.length;
        const handle = await open(tmp, 'w');
        try {
          await handle.writeFile(source);
          await handle.sync();
        } finally {
          await handle.close();
        }
      } else {
        const out = createWriteStream(tmp);
        await pipeline(
          source,
          async function* limit(chunks: AsyncIterable<Buffer>) {
            for await (const chunk of chunks) {
              size += chunk.length;
              if (size > maxBytes) throw new TooLargeError(`larger than ${maxBytes} bytes`);
              yield chunk;
            }
          },
          out,
        );
        const handle = await open(tmp, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
      }
      await mkdir(path.dirname(file), { recursive: true });
      await rename(tmp, file);
      return size;
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      if (isFsConflict(error)) {
        throw new LocalCloudError('STORAGE_REQUEST_FAIL', `cloudPath ${ref.cloudPath} conflicts with an existing file or folder`);
      }
      throw error;
    }
  }

  async read(ref: ObjectRef): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(ref));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async size(ref: ObjectRef): Promise<number | undefined> {
    try {
      const info = await stat(this.pathOf(ref));
      return info.isFile() ? info.size : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  stream(ref: ObjectRef): ReadStream {
    return createReadStream(this.pathOf(ref));
  }

  /** Deletes an object and the folders it leaves empty; false when there was none. */
  async remove(ref: ObjectRef): Promise<boolean> {
    const file = this.pathOf(ref);
    try {
      await unlink(file);
    } catch (error) {
      if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'EISDIR' || (error as NodeJS.ErrnoException).code === 'EPERM') {
        return false;
      }
      throw error;
    }
    const envRoot = path.join(this.root, ref.envId);
    for (let dir = path.dirname(file); dir !== envRoot && dir.startsWith(envRoot); dir = path.dirname(dir)) {
      try {
        await rmdir(dir);
      } catch {
        break;
      }
    }
    return true;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function isFsConflict(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST';
}
