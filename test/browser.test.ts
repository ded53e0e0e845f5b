import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type Comparison, compare, diff, type MultiComparison} from '@clausewise/diff'
import {toHtml, toHtmlMultiComparison, toHtmlRedline} from '@clausewise/html'
import {fromMarkdown} from '@clausewise/markdown'
import type {Document} from '@clausewise/model'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {versions} from './support/akn-versions.js'
import {expectValidComparison} from './support/comparison-schema.js'

// What a reader sees in a real browser: counts of changes, summary links, keyboard navigation, no
// script from input, and screenshots to look at. CI installs Debian's chromium at this path.
const executablePath = '/usr/bin/chromium'
const hasChromium = existsSync(executablePath)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const screenshots = join(root, 'test', 'output', 'screenshots')

// The hand-built comparison and decision of the html package's unit tests (French text of Decision
// 7/17), imported by path: they live outside this project's TypeScript file list.
const fixtures = join(root, 'packages', 'html', 'test', 'fixtures')
const {frenchComparison, hostileComparison, multiComparison} = (await import(
  join(fixtures, 'comparison.ts')
)) as {
  frenchComparison: () => Comparison
  hostileComparison: (text: string) => Comparison
  multiComparison: () => MultiComparison
}
const {frenchDecision} = (await import(join(fixtures, 'document.ts'))) as {
  frenchDecision: (text?: string) => Document
}

if (!hasChromium) console.warn(`browser.test.ts skipped: ${executablePath} is absent (CI installs chromium).`)

let browser: Browser

// Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
const chromiumArguments = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

/** Errors Chromium logged about the Content-Security-Policy, per page, from before the page loaded. */
const policyErrors = new WeakMap<Page, string[]>()

async function open(
  html: string,
  options: {width?: number; height?: number; hasTouch?: boolean; bypassCSP?: boolean} = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: {width: options.width ?? 1100, height: options.height ?? 900},
    hasTouch: options.hasTouch ?? false,
    bypassCSP: options.bypassCSP ?? false,
  })
  // A hang guard only: a loaded 2-core machine may be slow, and no verdict depends on time.
  page.setDefaultTimeout(120_000)
  const errors: string[] = []
  policyErrors.set(page, errors)
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      errors.push(message.text())
  })
  page.on('dialog', (dialog) => {
    ;(page as Page & {dialogs?: number}).dialogs = ((page as Page & {dialogs?: number}).dialogs ?? 0) + 1
    void dialog.dismiss()
  })
  await page.setContent(html, {waitUntil: 'load'})
  return page
}

/** Changes a reader sees, by class: a replacement counts once, as in the stats. */
async function visibleChanges(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {}
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-change]'))) {
      const change = element.dataset.change
      if (change !== 'insert' && change !== 'delete' && change !== 'replace') continue
      if (element.getClientRects().length === 0) continue
      // Side by side shows a replacement twice (old and new cell): count its old half.
      if (element.dataset.pair && element.tagName === 'INS') continue
      const kind = element.dataset.kind ?? '?'
      counts[kind] = (counts[kind] ?? 0) + 1
    }
    return counts
  })
}

async function clauseCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {}
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-clause-change]'))) {
      if (element.getClientRects().length === 0) continue
      const change = element.dataset.clauseChange ?? '?'
      counts[change] = (counts[change] ?? 0) + 1
      if (element.dataset.moved) counts.moved = (counts.moved ?? 0) + 1
      if (element.dataset.renumbered) counts.renumbered = (counts.renumbered ?? 0) + 1
    }
    return counts
  })
}

/**
 * Open a page made from hostile input, click every link, and check that nothing injected ran: no
 * `window.__pwned`, no injected image/SVG/frame, no script but our own, no dialog.
 */
async function expectNoScriptRuns(html: string): Promise<void> {
  const page = await open(html)
  await page.locator('a').evaluateAll((links) => {
    for (const link of links) (link as HTMLAnchorElement).click()
  })
  // Two animation frames: anything a click or a load queued has run by then.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined()
  expect(await page.evaluate(() => document.querySelectorAll('img, svg, iframe').length)).toBe(0)
  expect(await page.evaluate(() => document.scripts.length)).toBeLessThanOrEqual(1)
  expect((page as Page & {dialogs?: number}).dialogs ?? 0).toBe(0)
  await page.close()
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

async function checkRedline(page: Page, comparison: Comparison): Promise<void> {
  const stats = comparison.stats
  expect(await visibleChanges(page)).toEqual(
    Object.fromEntries(Object.entries(stats.changesByKind).filter(([, count]) => (count ?? 0) > 0)),
  )
  const clauses = await clauseCounts(page)
  for (const key of ['inserted', 'deleted', 'split', 'merged', 'moved', 'renumbered'] as const) {
    expect(clauses[key] ?? 0, key).toBe(stats[key])
  }

  // Summary links land on their change, visible on screen.
  const links = await page.locator('nav .change-list a').all()
  expect(links.length).toBeGreaterThan(0)
  const target = comparison.clauses.find((group) => group.change === 'modified' && !group.moved)!
  await page.locator(`nav .change-list a[href="#${target.id}"]`).click()
  expect(await page.evaluate(() => location.hash)).toBe(`#${target.id}`)
  const landed = page.locator(`#${target.id}`)
  await expect.poll(() => landed.isVisible()).toBe(true)
  const box = await landed.boundingBox()
  expect(box, JSON.stringify(box)).not.toBeNull()
  expect(box!.y + box!.height, JSON.stringify(box)).toBeGreaterThan(0)
  expect(box!.y, JSON.stringify(box)).toBeLessThan(900)
  expect(await activeId(page)).toBe(target.id)

  // Keyboard: n and p (and j, k) move focus among the changes.
  await page.keyboard.press('n')
  const first = await activeId(page)
  expect(first.startsWith(`${target.id}-`)).toBe(true)
  await page.keyboard.press('j')
  const second = await activeId(page)
  expect(second).not.toBe(first)
  await page.keyboard.press('p')
  expect(await activeId(page)).toBe(first)
  await page.keyboard.press('k')
  expect(await activeId(page)).not.toBe(first)
}

describe.skipIf(!hasChromium)('redline in a browser', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, {recursive: true})
    browser = await chromium.launch({executablePath, args: chromiumArguments})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  const comparison = frenchComparison()

  it('inline: counts, summary links, keyboard navigation', async () => {
    const page = await open(toHtmlRedline(comparison))
    await page.screenshot({path: join(screenshots, 'redline-inline.png'), fullPage: true})
    await checkRedline(page, comparison)
    await page.emulateMedia({media: 'print'})
    await page.screenshot({path: join(screenshots, 'redline-inline-print.png'), fullPage: true})
    await page.close()
  })

  it('side by side: counts, summary links, keyboard navigation, inline when printed', async () => {
    const page = await open(toHtmlRedline(comparison, {layout: 'side-by-side'}))
    await page.screenshot({path: join(screenshots, 'redline-side-by-side.png'), fullPage: true})
    await checkRedline(page, comparison)
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('.redline-table').first().isVisible()).toBe(false)
    expect(await page.locator('.print-only [role="suggestion"]').first().isVisible()).toBe(true)
    expect(await page.locator('.print-only').getByText('(déplacé vers paragraphe 2)').isVisible()).toBe(true)
    await page.screenshot({path: join(screenshots, 'redline-side-by-side-print.png'), fullPage: true})
    await page.close()
  })

  it('starts at the first change when nothing has focus, and the skip link works without script', async () => {
    const page = await open(toHtmlRedline(comparison, {script: false}))
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller aux modifications')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => location.hash)).toBe('#redline')
    await page.close()
    const scripted = await open(toHtmlRedline(comparison))
    await scripted.keyboard.press('n')
    expect(await activeId(scripted)).toBe('m1')
    await scripted.close()
  })

  it('runs no script from injected text', async () => {
    const payloads = [
      '<img src=x onerror="window.__pwned=1;alert(1)">',
      '<script>window.__pwned=1;alert(1)</script>',
      '<a href="javascript:window.__pwned=1">lien</a>',
      '" onload="window.__pwned=1',
      '<svg onload="window.__pwned=1">',
    ]
    for (const payload of payloads) {
      const decision: Document = frenchDecision(payload)
      const hostileDecision = JSON.parse(
        JSON.stringify(frenchDecision()).replace(
          '/akn/osce/statement/decision/2004-12-07/mc-13-04',
          'javascript:window.__pwned=1',
        ),
      ) as Document
      for (const html of [
        toHtmlRedline(hostileComparison(payload)),
        toHtmlRedline(hostileComparison(payload), {layout: 'side-by-side'}),
        toHtml(decision),
        toHtml(hostileDecision),
      ]) {
        await expectNoScriptRuns(html)
      }
    }
  }, 60_000)

  it('renders a document page and a multi-comparison page', async () => {
    const page = await open(toHtml(frenchDecision()))
    expect(await page.locator('h1').textContent()).toContain('Renforcement des efforts')
    await page.locator('a[role="doc-noteref"]').first().click()
    expect(await page.evaluate(() => location.hash)).toBe('#preface__authorialNote_1')
    await page.screenshot({path: join(screenshots, 'document.png'), fullPage: true})
    await page.setContent(toHtmlMultiComparison(multiComparison()))
    expect(await page.locator('td.lacks').count()).toBe(3)
    await page.screenshot({path: join(screenshots, 'multi-comparison.png'), fullPage: true})
    await page.close()
  })

  it('keeps the page script allowed by the CSP (keyboard works) and nothing else', async () => {
    const page = await open(toHtmlRedline(comparison))
    // Every inline style and script was parsed by `load`: any refusal is logged by then.
    expect(policyErrors.get(page)).toEqual([])
    await page.keyboard.press('n')
    expect(await activeId(page)).toBe('m1')
    await page.close()
  })
})

// The real pipeline: the example drafts in Markdown, read by @clausewise/markdown, diffed by
// @clausewise/diff, rendered by @clausewise/html.
const drafts = ['draft-1', 'draft-2'].map((name) =>
  readFileSync(join(root, 'examples', 'drafts', `mc-dec-7-17.${name}.md`), 'utf8'),
) as [string, string]

function draftsComparison(newDraft = drafts[1]): Comparison {
  return diff(fromMarkdown(drafts[0]).document, fromMarkdown(newDraft).document)
}

describe.skipIf(!hasChromium)('redline of the example drafts in a browser', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, {recursive: true})
    browser = await chromium.launch({executablePath, args: chromiumArguments})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  for (const layout of ['inline', 'side-by-side'] as const) {
    it(`${layout}: the drafts' changes are all shown, the summary links land, the keyboard moves`, async () => {
      const comparison = draftsComparison()
      // The five edits of examples/drafts/README.md: two rewordings, two insertions, a swap.
      expect(comparison.stats).toMatchObject({modified: 2, inserted: 2, moved: 1, renumbered: 2})
      const page = await open(toHtmlRedline(comparison, {layout}))
      await page.screenshot({path: join(screenshots, `drafts-${layout}.png`), fullPage: true})
      await checkRedline(page, comparison)
      const inserted = await page.locator('ins:visible').count()
      const deleted = await page.locator('del:visible').count()
      expect(inserted).toBeGreaterThanOrEqual(6)
      // The two rewordings delete words; the swapped paragraphs are moved, not deleted.
      expect(deleted).toBeGreaterThanOrEqual(2)
      await page.close()
    })
  }

  it('runs no script from text injected into a draft', async () => {
    const payloads = [
      '<img src=x onerror="window.__pwned=1;alert(1)">',
      '<script>window.__pwned=1;alert(1)</script>',
      '[lien](javascript:window.__pwned=1)',
      '" onload="window.__pwned=1',
      '\u202Egnp.exe <svg onload="window.__pwned=1">',
    ]
    for (const payload of payloads) {
      const hostile = drafts[1].replace('Vivement préoccupé', `Vivement ${payload} préoccupé`)
      const comparison = draftsComparison(hostile)
      for (const layout of ['inline', 'side-by-side'] as const) {
        await expectNoScriptRuns(toHtmlRedline(comparison, {layout}))
      }
    }
  }, 60_000)
})

// Issue 13: a redline a drafter can circulate, checked on the example drafts. Draft 1 → draft 3 has
// four cosmetic edits, a swap (paragraphs 7 and 8) and a cascade (a paragraph 10 inserted renumbers
// 10–13 as 11–14): examples/drafts/README.md.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const draft3 = readFileSync(join(root, 'examples', 'drafts', 'mc-dec-7-17.draft-3.md'), 'utf8')

function circulated(): Comparison {
  const comparison = diff(fromMarkdown(drafts[0]).document, fromMarkdown(draft3).document, {
    labels: {old: 'mc-dec-7-17.draft-1.md', new: 'mc-dec-7-17.draft-3.md'},
  })
  expectValidComparison(comparison)
  return comparison
}

/** The ids of the groups of an edit (`cascade` or `swap`) in a page, and the stops inside them. */
async function editStops(page: Page, type: string): Promise<{groups: number; stops: number}> {
  return page.evaluate((type) => {
    const groups = Array.from(document.querySelectorAll(`[data-edit="${type}"].clause`))
    const stops = groups.flatMap((group) =>
      Array.from(group.querySelectorAll('[data-change]')).filter((stop) => stop.getClientRects().length > 0),
    )
    return {groups: groups.length, stops: stops.length}
  }, type)
}

const position = (page: Page) => page.locator('.change-position').textContent()

/** Violations axe-core finds on a page (its source injected into the page; the CSP bypassed for it). */
async function axeViolations(html: string, width = 1100): Promise<string[]> {
  const page = await open(html, {bypassCSP: true, width})
  await page.addScriptTag({content: axeSource})
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {run: (context: unknown) => Promise<{violations: {id: string; nodes: {target: unknown}[]}[]}>}
      }
    ).axe.run(document)
    return result.violations.map(
      (violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    )
  })
  await page.close()
  return violations
}

describe.skipIf(!hasChromium)('a redline a drafter can circulate (issue 13)', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, {recursive: true})
    browser = await chromium.launch({executablePath, args: chromiumArguments})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  const comparison = circulated()

  it('draws cosmetic changes quietly, hides a class on request without script, and says how many', async () => {
    const page = await open(toHtmlRedline(comparison, {script: false}))
    const looks = await page.evaluate(() =>
      Object.fromEntries(
        ['typography', 'wording'].map((kind) => {
          const ins = document.querySelector(`[data-kind="${kind}"] ins, ins[data-kind="${kind}"]`)!
          const style = getComputedStyle(ins)
          return [kind, {background: style.backgroundColor, line: style.textDecorationStyle}]
        }),
      ),
    )
    expect(looks.typography).toEqual({background: 'rgba(0, 0, 0, 0)', line: 'dotted'})
    expect(looks.wording?.background).not.toBe('rgba(0, 0, 0, 0)')
    const note = page.locator('.filter-note[data-kind="typography"]')
    expect(await note.isVisible()).toBe(false)
    const typography = page.locator('[data-kind="typography"] del').first()
    expect(await typography.isVisible()).toBe(true)
    await page.getByLabel('Masquer : typographie').check()
    await expect.poll(() => note.isVisible()).toBe(true)
    expect(await note.textContent()).toBe('1 modification (typographie) masquée')
    expect(await typography.isVisible()).toBe(false)
    // Changes only: unchanged clauses go, and a clause whose only change is hidden goes with them.
    await page.getByLabel('Modifications seulement').check()
    await expect.poll(() => page.locator('[data-eid="para_2"].clause').isVisible()).toBe(false)
    expect(await page.locator('[data-eid="para_3"].clause').isVisible()).toBe(false)
    expect(await page.locator('[data-eid="para_9"].clause').isVisible()).toBe(true)
    await page.screenshot({path: join(screenshots, 'circulated-filtered.png'), fullPage: true})
    await page.close()
  })

  it('makes the cascade and the swap one entry and one stop each', async () => {
    const page = await open(toHtmlRedline(comparison))
    await page.screenshot({path: join(screenshots, 'circulated-inline.png'), fullPage: true})
    const entries = page.locator('.change-list li')
    const texts = await entries.allTextContents()
    const cascade = texts.filter((text) => text.includes('renumérotés'))
    expect(cascade).toEqual([
      'paragraphes 10–13 du dispositif renumérotés 11–14, à la suite du paragraphe 10 du dispositif (inséré)',
    ])
    expect(texts.filter((text) => text.includes('intervertis'))).toEqual([
      'paragraphes 7 et 8 du dispositif intervertis',
    ])
    expect(await editStops(page, 'cascade')).toEqual({groups: 4, stops: 1})
    expect(await editStops(page, 'swap')).toEqual({groups: 2, stops: 1})
    // No "moved to/from" notes for the swap: it is one edit.
    expect(await page.locator('.move-link').count()).toBe(0)
    await page.close()
  })

  it('lists changes as a cover note would: full references, old → new numbers, excerpts', async () => {
    const page = await open(toHtmlRedline(comparison))
    const texts = await page.locator('.change-list li').allTextContents()
    expect(texts).toContain(
      'alinéa c) du paragraphe 5 du dispositif — inséré : «\u00A0L’échange de bonnes pratiques en matière de sensibilisation des voyag…\u00A0»',
    )
    expect(texts).toContain(
      'alinéa 1 du préambule — modifié (de forme seulement : mise en forme) : «\u00A0Document de Copenhague\u00A0» (italique ajouté)',
    )
    expect(texts).toContain(
      'alinéa 3 du préambule — modifié (rédaction) : «\u00A0Profondément alarmé\u00A0» → «\u00A0Vivement préoccupé\u00A0» (+1 autre)',
    )
    expect(texts).toContain(
      "paragraphe 3 du dispositif — modifié (de forme seulement : typographie) : «\u00A0l’\u00A0» → «\u00A0l'\u00A0»",
    )
    await page.close()
    // A single renumbering names the old number and the new one.
    const single = await open(toHtmlRedline(frenchComparison()))
    expect(await single.locator('.change-list li').allTextContents()).toContain(
      'paragraphe 2 du dispositif → 3 — renuméroté',
    )
    await single.close()
  })

  it('moves between changes with on-screen buttons by touch and by keyboard, counting "3 / 11"', async () => {
    const page = await open(toHtmlRedline(comparison), {hasTouch: true, width: 390, height: 844})
    const next = page.getByRole('button', {name: 'Suivante'})
    const previous = page.getByRole('button', {name: 'Précédente'})
    const total = await page.evaluate(() => document.querySelectorAll('[data-change]').length)
    expect(await position(page)).toBe(`– / ${total}`)
    await next.tap()
    await expect.poll(() => position(page)).toBe(`1 / ${total}`)
    const first = await activeId(page)
    await next.tap()
    await expect.poll(() => position(page)).toBe(`2 / ${total}`)
    await previous.tap()
    await expect.poll(() => position(page)).toBe(`1 / ${total}`)
    expect(await activeId(page)).toBe(first)
    // Keyboard: the buttons take Enter, and n moves on.
    await next.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => position(page)).toBe(`2 / ${total}`)
    await page.keyboard.press('n')
    await expect.poll(() => position(page)).toBe(`3 / ${total}`)
    await page.close()
  })

  it('lets the reader turn the single-key shortcuts off (WCAG 2.1.4)', async () => {
    const page = await open(toHtmlRedline(comparison))
    await page.keyboard.press('n')
    await expect.poll(() => position(page)).toMatch(/^1 \//)
    await page.getByLabel('Raccourcis à une touche (n, p, j, k)').uncheck()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    const before = await position(page)
    await page.keyboard.press('n')
    await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
    expect(await position(page)).toBe(before)
    await page.close()
  })

  it('overflows nothing at 390 px: document, inline, side by side, compare', async () => {
    const pages = {
      document: toHtml(fromMarkdown(draft3).document),
      inline: toHtmlRedline(comparison),
      'side-by-side': toHtmlRedline(comparison, {layout: 'side-by-side'}),
      compare: toHtmlMultiComparison(
        compare([
          fromMarkdown(drafts[0]).document,
          fromMarkdown(drafts[1]).document,
          fromMarkdown(draft3).document,
        ]),
      ),
    }
    for (const [name, html] of Object.entries(pages)) {
      const page = await open(html, {width: 390, height: 844})
      const width = await page.evaluate(() =>
        Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      )
      expect(width, name).toBeLessThanOrEqual(390)
      await page.screenshot({path: join(screenshots, `phone-${name}.png`), fullPage: true})
      await page.close()
    }
    // Side by side fills a desktop screen, and an empty cell says why.
    const wide = await open(pages['side-by-side'], {width: 1600})
    const table = await wide.locator('.redline-table').first().boundingBox()
    expect(table!.width).toBeGreaterThan(1400)
    expect(await wide.locator('td.absent').first().textContent()).toContain('absent')
    await wide.close()
  })

  it('gives axe-core no violation on any page we write', async () => {
    const multi = compare([fromMarkdown(drafts[0]).document, fromMarkdown(draft3).document])
    const pages = {
      document: toHtml(fromMarkdown(draft3).document),
      inline: toHtmlRedline(comparison),
      'side-by-side': toHtmlRedline(comparison, {layout: 'side-by-side'}),
      compare: toHtmlMultiComparison(multi),
    }
    for (const [name, html] of Object.entries(pages)) {
      expect(await axeViolations(html), name).toEqual([])
    }
  })

  it('prints the inline redline with a running header and page numbers on every page', async () => {
    const page = await open(toHtmlRedline(comparison))
    const pdf = await page.pdf({format: 'A4', printBackground: true})
    await page.close()
    const file = join(screenshots, 'circulated-inline.pdf')
    writeFileSync(file, pdf)
    const text = pdfText(file)
    if (text === undefined) return
    const pages = text.split('\f').filter((content) => content.trim() !== '')
    expect(pages.length).toBeGreaterThan(2)
    pages.forEach((content, index) => {
      expect(content, `page ${index + 1}`).toContain(`Page ${index + 1} / ${pages.length}`)
      expect(content, `page ${index + 1}`).toContain(
        'mc-dec-7-17.draft-1.md, MC.DEC/7/17/Corr.1 (2 février 2018) → mc-dec-7-17.draft-3.md, MC.DEC/7/17/Corr.1 (2 février 2018)',
      )
      // No heading ends a page: a section or statement heading is kept with its text.
      const lines = content
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('Page ') && !line.includes(' → '))
      const last = lines[lines.length - 1] ?? ''
      expect(
        ['Résumé', 'Dispositions modifiées', 'Préambule', 'Dispositif', 'Notes'],
        `page ${index + 1}`,
      ).not.toContain(last)
      expect(last.startsWith('Déclaration 1 —'), `page ${index + 1}: ${last}`).toBe(false)
    })
    // The first page is full: the summary is not pushed away from it.
    expect(pages[0]!.split('\n').filter((line) => line.trim() !== '').length).toBeGreaterThan(30)
  })

  it('shows a bidi override as a visible marker with its code point, as the change it is', async () => {
    const hostile = draft3.replace('1. Encourage la coopération', '1. Encourage la coopé\u202Eration')
    const changed = diff(fromMarkdown(draft3).document, fromMarkdown(hostile).document)
    expectValidComparison(changed)
    expect(changed.stats.changesByKind.wording).toBe(1)
    const page = await open(toHtmlRedline(changed))
    expect(await page.locator('ins .invisible-character').first().textContent()).toBe('⟨U+202E⟩')
    expect(await page.evaluate(() => document.body.innerHTML.includes('\u202E'))).toBe(false)
    await page.close()
  })
})

/** The text of a PDF, pages separated by form feeds, by poppler's `pdftotext`; undefined when absent. */
function pdfText(file: string): string | undefined {
  const result = spawnSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'})
  if (result.error) {
    console.warn('pdftotext (poppler-utils) is absent: the PDF was written but its text not checked.')
    return undefined
  }
  return result.stdout
}

describe.skipIf(!hasChromium)('AKN redlines in a browser', () => {
  beforeAll(async () => {
    mkdirSync(screenshots, {recursive: true})
    browser = await chromium.launch({executablePath, args: chromiumArguments})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  for (const type of ['act', 'judgment'] as const) {
    it(`the redline of an ${type} shows its headings and its changes, which the summary reaches`, async () => {
      const [before, after, headings] = versions[type]!()
      const comparison = diff(before, after)
      const page = await open(toHtmlRedline(comparison))
      await page.screenshot({path: join(screenshots, `akn-${type}.png`), fullPage: true})
      for (const heading of headings) {
        await expect.poll(() => page.getByText(heading, {exact: false}).first().isVisible()).toBe(true)
      }
      expect(await visibleChanges(page)).toEqual(
        Object.fromEntries(
          Object.entries(comparison.stats.changesByKind).filter(([, count]) => (count ?? 0) > 0),
        ),
      )
      expect((await clauseCounts(page)).deleted ?? 0).toBe(comparison.stats.deleted)
      expect(await page.locator('ins:visible').count()).toBeGreaterThan(0)
      expect(await page.locator('del:visible').count()).toBeGreaterThan(0)
      const target = comparison.clauses.find((group) => group.change === 'modified' && !group.moved)!
      await page.locator(`nav .change-list a[href="#${target.id}"]`).click()
      await expect.poll(() => page.locator(`#${target.id}`).isVisible()).toBe(true)
      if (type === 'act') await checkRedline(page, comparison)
      await page.close()
    })
  }
})
