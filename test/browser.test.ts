import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {type Comparison, diff, type MultiComparison} from '@clausewise/diff'
import {toHtml, toHtmlMultiComparison, toHtmlRedline} from '@clausewise/html'
import {fromMarkdown} from '@clausewise/markdown'
import type {Document} from '@clausewise/model'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

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

async function open(html: string): Promise<Page> {
  const page = await browser.newPage({viewport: {width: 1100, height: 900}})
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
  await page.waitForTimeout(50)
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
    const violations = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0
          document.addEventListener('securitypolicyviolation', () => count++)
          setTimeout(() => resolve(count), 100)
        }),
    )
    expect(violations).toBe(0)
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
