import {declaration, wordNamespaces} from './xml.js'

/** `settings.xml`: the footnote separators, and Word 2013+ layout. */
export function settingsXml(footnotes: boolean): string {
  return (
    `${declaration}<w:settings ${wordNamespaces}>` +
    (footnotes ? '<w:footnotePr><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>' : '') +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  )
}
