#include "declarationmarkdown.h"

#include <QRegularExpression>

namespace cordee {

namespace {

/// Backslash-escapes what CommonMark would take for emphasis, links, code, HTML or, at the start of a line,
/// a heading, a list item or a quote.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|&").contains(c))
            out += u'\\';
        out += c;
    }
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#+\\-=>]|\\d+[.)])"));
    const QRegularExpressionMatch m = blockStart.match(out);
    if (m.hasMatch()) {
        const qsizetype at = m.capturedEnd(2) - 1;
        out.insert(at, u'\\');
    }
    return out;
}

void writePoints(QString &out, const QList<DeclarationPoint> &points, int depth)
{
    const QString indent(2 * depth, u' ');
    for (const DeclarationPoint &p : points) {
        out += indent + QStringLiteral("- ") + md(p.text) + u'\n';
        writePoints(out, p.subPoints, depth + 1);
    }
}

void writeParagraphs(QString &out, const QStringList &paragraphs)
{
    for (const QString &p : paragraphs)
        out += md(p) + QStringLiteral("\n\n");
}

} // namespace

QString declarationToMarkdown(const Declaration &d)
{
    QString out;
    if (d.has(DeclarationPart::PlaceAndDate))
        writeParagraphs(out, {d.placeAndDate});
    out += QStringLiteral("# ") + md(d.title) + QStringLiteral("\n\n");
    if (d.has(DeclarationPart::Question))
        out += u'*' + md(d.question) + QStringLiteral("*\n\n");
    writeParagraphs(out, {d.introduction});
    writeParagraphs(out, d.patronage);
    if (d.has(DeclarationPart::Guests)) {
        writeParagraphs(out, {d.guestsIntro});
        for (const DeclarationGuest &g : d.guests)
            out += QStringLiteral("- **") + md(g.name) + QStringLiteral("**") +
                   (g.title.isEmpty() ? QString() : QStringLiteral(", ") + md(g.title)) + u'\n';
        out += u'\n';
    }
    if (d.has(DeclarationPart::Participation))
        writeParagraphs(out, {d.participation});
    if (d.has(DeclarationPart::Decisions)) {
        out += QStringLiteral("**") + md(d.decisionIntro) + QStringLiteral("**\n\n");
        for (const DeclarationSection &s : d.sections) {
            if (!s.heading.isEmpty())
                out += QStringLiteral("## ") + md(s.heading) + QStringLiteral("\n\n");
            writePoints(out, s.points, 0);
            out += u'\n';
        }
    }
    writeParagraphs(out, d.closing);
    if (d.has(DeclarationPart::Conclusion)) {
        out += QStringLiteral("## ") + md(d.conclusionHeading) + QStringLiteral("\n\n");
        writeParagraphs(out, d.conclusion);
    }
    if (d.has(DeclarationPart::Signature))
        out += u'*' + md(d.signature) + QStringLiteral("*\n\n");
    out.chop(1); // one final line break
    return out;
}

} // namespace cordee
