#include "declarationhtml.h"

#include "declarationlanguage.h"

namespace cordee {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Escaped, with the language's ordinal suffixes raised: "6<sup>e</sup>" in French.
QString rich(const QString &text, const DeclarationLanguage &language)
{
    QString out;
    qsizetype at = 0;
    for (const auto &[start, length] : language.raisedSuffixes(text)) {
        out += esc(text.mid(at, start - at)) + QStringLiteral("<sup>") + esc(text.mid(start, length)) +
               QStringLiteral("</sup>");
        at = start + length;
    }
    return out + esc(text.mid(at));
}

const char *const style = R"(
@page { size: %1; margin: 25mm 22mm 22mm; }
body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45;
  color: #1a1a1a; max-width: 44em; margin: 2em auto; padding: 0 1.5em; }
p { margin: 0 0 0.6em; text-align: justify; hyphens: auto; }
.place-date { text-align: right; margin-bottom: 2em; }
h1 { font-size: 1.45em; text-align: center; line-height: 1.25; margin: 0 0 0.6em; }
sup { font-size: 0.68em; line-height: 0; }
.question { text-align: center; font-style: italic; font-size: 1.1em; margin: 0 2em 2em; }
h2 { font-size: 1.1em; margin: 1.4em 0 0.5em; break-after: avoid; page-break-after: avoid; }
.guests-intro, .decisions-intro { break-after: avoid; page-break-after: avoid; }
.decisions-intro { font-weight: bold; margin-top: 1em; }
ul.guests { list-style: none; padding-left: 1.5em; }
ul.guests li { margin-bottom: 0.3em; }
ul.proposals { padding-left: 1.5em; }
ul.proposals li { margin: 0.3em 0; text-align: justify; }
ul.proposals ul { list-style-type: circle; padding-left: 1.5em; }
ul.proposals ul ul { list-style-type: square; }
li { break-inside: avoid; page-break-inside: avoid; }
.closing { margin-top: 1em; }
.signature { text-align: right; font-style: italic; margin-top: 2.5em; }
)";

void writePoints(QString &html, const QList<DeclarationPoint> &points, int depth,
                 const DeclarationLanguage &l)
{
    const QString indent(2 * depth, u' ');
    html += indent + (depth == 0 ? QStringLiteral("<ul class=\"proposals\">\n") : QStringLiteral("<ul>\n"));
    for (const DeclarationPoint &p : points) {
        html += indent + QStringLiteral("  <li data-key=\"") + esc(p.key) + QStringLiteral("\">") +
                rich(p.text, l);
        if (!p.subPoints.isEmpty()) {
            html += u'\n';
            writePoints(html, p.subPoints, depth + 2, l);
            html += indent + QStringLiteral("  ");
        }
        html += QStringLiteral("</li>\n");
    }
    html += indent + QStringLiteral("</ul>\n");
}

void writeParagraphs(QString &html, const QStringList &paragraphs, const QString &cssClass,
                     const DeclarationLanguage &l)
{
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p class=\"") + cssClass + QStringLiteral("\">") + rich(p, l) +
                QStringLiteral("</p>\n");
}

} // namespace

QString declarationToHtml(const Declaration &d, PaperSize paper)
{
    const DeclarationLanguage &l = DeclarationLanguage::forCode(d.language);
    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(d.language) + QStringLiteral("\">\n<head>\n");
    html += QStringLiteral("<meta charset=\"utf-8\">\n");
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html += QStringLiteral("<meta name=\"generator\" content=\"Cordée %1\">\n")
                .arg(QStringLiteral(CORDEE_VERSION));
    if (!d.author.isEmpty())
        html += QStringLiteral("<meta name=\"author\" content=\"") + esc(d.author) + QStringLiteral("\">\n");
    html += QStringLiteral("<title>") + esc(d.title) + QStringLiteral("</title>\n<style>");
    html += QString::fromUtf8(style).arg(paper == PaperSize::Letter ? QStringLiteral("letter")
                                                                    : QStringLiteral("A4"));
    html += QStringLiteral("</style>\n</head>\n<body>\n<main class=\"declaration\">\n");

    if (d.has(DeclarationPart::PlaceAndDate))
        writeParagraphs(html, {d.placeAndDate}, QStringLiteral("place-date"), l);
    html += QStringLiteral("<h1>") + rich(d.title, l) + QStringLiteral("</h1>\n");
    if (d.has(DeclarationPart::Question))
        writeParagraphs(html, {d.question}, QStringLiteral("question"), l);
    writeParagraphs(html, {d.introduction}, QStringLiteral("introduction"), l);
    writeParagraphs(html, d.patronage, QStringLiteral("patronage"), l);
    if (d.has(DeclarationPart::Guests)) {
        writeParagraphs(html, {d.guestsIntro}, QStringLiteral("guests-intro"), l);
        html += QStringLiteral("<ul class=\"guests\">\n");
        for (const DeclarationGuest &g : d.guests) {
            // <bdi>: a name in a right-to-left script keeps the comma after it in place.
            html += QStringLiteral("  <li><strong><bdi>") + esc(g.name) + QStringLiteral("</bdi></strong>");
            if (!g.title.isEmpty())
                html += QStringLiteral(", ") + rich(g.title, l);
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }
    if (d.has(DeclarationPart::Participation))
        writeParagraphs(html, {d.participation}, QStringLiteral("participation"), l);
    if (d.has(DeclarationPart::Decisions)) {
        writeParagraphs(html, {d.decisionIntro}, QStringLiteral("decisions-intro"), l);
        for (const DeclarationSection &s : d.sections) {
            if (!s.heading.isEmpty())
                html += QStringLiteral("<h2>") + esc(s.heading) + QStringLiteral("</h2>\n");
            writePoints(html, s.points, 0, l);
        }
    }
    writeParagraphs(html, d.closing, QStringLiteral("closing"), l);
    if (d.has(DeclarationPart::Conclusion)) {
        html += QStringLiteral("<h2>") + esc(d.conclusionHeading) + QStringLiteral("</h2>\n");
        writeParagraphs(html, d.conclusion, QStringLiteral("conclusion"), l);
    }
    if (d.has(DeclarationPart::Signature))
        writeParagraphs(html, {d.signature}, QStringLiteral("signature"), l);
    html += QStringLiteral("</main>\n</body>\n</html>\n");
    return html;
}

} // namespace cordee
