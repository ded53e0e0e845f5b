import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

/** The LibreOffice binary, or `undefined` when it is not installed (CI installs libreoffice-writer-nogui). */
export const soffice = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
].find((path) => existsSync(path))

// A Basic macro, run headless: for each redline, count its tracked changes by type, print it to PDF,
// then accept every change (and, on a fresh copy, reject every change) and save each result as text
// and as .docx.
const macro = `Sub Resolve(bases As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden" : load(0).Value = True
  Dim text(1) As New com.sun.star.beans.PropertyValue
  text(0).Name = "FilterName" : text(0).Value = "Text (encoded)"
  text(1).Name = "FilterOptions" : text(1).Value = "UTF8"
  Dim word(0) As New com.sun.star.beans.PropertyValue
  word(0).Name = "FilterName" : word(0).Value = "MS Word 2007 XML"
  Dim pdf(0) As New com.sun.star.beans.PropertyValue
  pdf(0).Name = "FilterName" : pdf(0).Value = "writer_pdf_Export"
  Dim modes(1) As String
  modes(0) = "accept" : modes(1) = "reject"
  Dim list() As String
  list = Split(bases, "|")
  For Each stem In list
    For Each mode In modes
      doc = StarDesktop.loadComponentFromURL(stem & ".docx", "_blank", 0, load())
      If mode = "accept" Then
        report = ""
        redlines = doc.getRedlines().createEnumeration()
        Do While redlines.hasMoreElements()
          report = report & redlines.nextElement().RedlineType & Chr(10)
        Loop
        Open ConvertFromURL(stem & ".changes.txt") For Output As #1
        Print #1, report
        Close #1
        doc.storeToURL(stem & ".pdf", pdf())
      End If
      dispatcher = createUnoService("com.sun.star.frame.DispatchHelper")
      If mode = "accept" Then
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), ".uno:AcceptAllTrackedChanges", "", 0, Array())
      Else
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), ".uno:RejectAllTrackedChanges", "", 0, Array())
      End If
      doc.storeToURL(stem & "." & mode & ".txt", text())
      doc.storeToURL(stem & "." & mode & ".docx", word())
      doc.close(True)
    Next mode
  Next stem
End Sub
`

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const libraryHeader =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n'

/** A LibreOffice run with a fresh user profile of its own, so that parallel runs never share one. */
export interface Office {
  folder: string
  /** Run `soffice --headless` with these arguments and the run's profile. */
  run(parameters: string[]): void
  /** Accept and reject every change of `<base>.docx` files (bases without extension). */
  resolve(bases: string[]): void
}

/** Start a LibreOffice profile in a fresh temporary folder, with our macro installed in it. */
export function createOffice(): Office {
  const folder = mkdtempSync(join(tmpdir(), 'clausewise-lo-'))
  const profile = pathToFileURL(join(folder, 'profile')).href
  const run = (parameters: string[]): void => {
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--invisible',
        '--norestore',
        '--nologo',
        ...parameters,
      ],
      {stdio: 'ignore', timeout: 300_000, killSignal: 'SIGKILL', env: {...process.env, HOME: folder}},
    )
  }
  // A new profile gets LibreOffice's default Basic library on its first start: start once, then
  // replace the library with ours.
  run(['--terminate_after_init'])
  const basic = join(folder, 'profile', 'user', 'basic', 'Standard')
  mkdirSync(basic, {recursive: true})
  writeFileSync(
    join(basic, 'script.xlb'),
    `${libraryHeader}<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false"><library:element library:name="Clausewise"/></library:library>\n`,
  )
  writeFileSync(
    join(basic, 'Clausewise.xba'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n' +
      `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Clausewise" script:language="StarBasic">${escapeXml(macro)}</script:module>\n`,
  )
  return {
    folder,
    run,
    resolve(bases) {
      const list = bases.map((base) => pathToFileURL(base).href).join('|')
      run([`macro:///Standard.Clausewise.Resolve("${list}")`])
    },
  }
}

/** Lines of a text LibreOffice wrote, white space collapsed, empty lines and the byte-order mark dropped. */
export function lines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
}
