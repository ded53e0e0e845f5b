/**
 * A date (`YYYY-MM-DD`) written out in a language, `2 février 2018`; the input itself when it is not
 * such a date or the runtime cannot format it.
 *
 * @example formatDate('2018-02-02', 'fr') // '2 février 2018'
 */
export function formatDate(date: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date
  const time = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(time)) return date
  try {
    return new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(time)
  } catch {
    return date
  }
}

/**
 * The name of a language in another: `en` in French is `anglais`; the tag itself when unknown.
 *
 * @example languageName('en', 'fr') // 'anglais'
 */
export function languageName(tag: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], {type: 'language'}).of(tag) ?? tag
  } catch {
    return tag
  }
}

/**
 * The date of a compared version: its `date`, else the date at the end of its expression URI.
 *
 * @example versionDate({expression: '/akn/…/fra@2018-02-02'}) // '2018-02-02'
 */
export function versionDate(
  identity: {date?: unknown; expression?: unknown} | undefined,
): string | undefined {
  if (typeof identity?.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(identity.date)) return identity.date
  const expression = typeof identity?.expression === 'string' ? identity.expression : ''
  return /@(\d{4}-\d{2}-\d{2})$/.exec(expression)?.[1]
}
