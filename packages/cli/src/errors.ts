/**
 * A usage or input error: the CLI prints its message on one line and exits with 2.
 *
 * @example throw new UsageError('diff takes two files: OLD NEW')
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * The output could not or may not be written (`-o` names a read-only file or a symbolic link, the disk
 * is full): the CLI prints one line naming the file and exits with 1.
 *
 * @example throw new OutputError('out.xml', 'is read-only; pass --force to replace it')
 */
export class OutputError extends Error {
  override name = 'OutputError'
  /** The output file. */
  readonly file: string

  constructor(file: string, reason: string) {
    super(reason)
    this.file = file
  }
}
