#include "declarationpdfinfo.h"

#include <QRegularExpression>

namespace cordee {

namespace {

/// A PDF text string in UTF-16BE with its byte-order mark, written in hex: safe for any script.
QByteArray pdfText(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

/// The dictionary of object `number` ("N 0 obj << … >> endobj"), without its outer brackets; empty when
/// it cannot be found or holds a stream.
QByteArray objectDictionary(const QByteArray &pdf, int number)
{
    const QRegularExpression start(QStringLiteral("(?:^|\\s)%1 0 obj\\s*<<").arg(number));
    QRegularExpressionMatch m;
    qsizetype from = -1;
    // The last definition wins in a PDF that has been updated before.
    auto it = start.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        m = it.next();
        from = m.capturedEnd();
    }
    if (from < 0)
        return {};
    const qsizetype end = pdf.indexOf("endobj", from);
    if (end < 0)
        return {};
    const QByteArray body = pdf.mid(from, end - from);
    const qsizetype close = body.lastIndexOf(">>");
    if (close < 0 || body.contains("stream"))
        return {};
    return body.left(close);
}

int trailerNumber(const QByteArray &trailer, const char *key, bool reference)
{
    const QRegularExpression re(
        QStringLiteral("/%1\\s+(\\d+)%2")
            .arg(QLatin1String(key), reference ? QStringLiteral("\\s+0\\s+R") : QString()));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(trailer));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// `dictionary` without the entry `key` (a simple value: a name, a number, a string or a reference).
QByteArray withoutEntry(const QByteArray &dictionary, const char *key)
{
    QString text = QString::fromLatin1(dictionary);
    text.remove(QRegularExpression(
        QStringLiteral("/%1\\s*(<[0-9A-Fa-f]*>|\\((?:\\\\.|[^\\\\)])*\\)|/\\S+|\\d+ \\d+ R)")
            .arg(QLatin1String(key))));
    return text.toLatin1();
}

} // namespace

QByteArray withAuthorAndLanguage(const QByteArray &pdf, const QString &author, const QString &language)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (startxref < 0 || trailerAt < 0 || trailerAt > startxref)
        return pdf;
    bool ok = false;
    const qint64 previousXref =
        pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    const int size = trailerNumber(trailer, "Size", false);
    const int root = trailerNumber(trailer, "Root", true);
    const int info = trailerNumber(trailer, "Info", true);
    if (!ok || size <= 0 || root <= 0 || info <= 0)
        return pdf;
    const QByteArray catalog = objectDictionary(pdf, root);
    const QByteArray information = objectDictionary(pdf, info);
    if (catalog.isEmpty() || information.isEmpty())
        return pdf;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qint64 catalogAt = out.size();
    out += QByteArray::number(root) + " 0 obj\n<<" + withoutEntry(catalog, "Lang") + "/Lang " +
           pdfText(language) + "\n>>\nendobj\n";
    const qint64 infoAt = out.size();
    out += QByteArray::number(info) + " 0 obj\n<<" + withoutEntry(information, "Author") +
           (author.isEmpty() ? QByteArray() : "/Author " + pdfText(author)) + "\n>>\nendobj\n";
    const qint64 xrefAt = out.size();
    auto entry = [](qint64 offset) -> QByteArray {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    out += "xref\n";
    // Two subsections, in object order.
    const bool rootFirst = root < info;
    out += QByteArray::number(rootFirst ? root : info) + " 1\n" + entry(rootFirst ? catalogAt : infoAt);
    out += QByteArray::number(rootFirst ? info : root) + " 1\n" + entry(rootFirst ? infoAt : catalogAt);
    out += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Root " + QByteArray::number(root) +
           " 0 R\n/Info " + QByteArray::number(info) + " 0 R\n/Prev " + QByteArray::number(previousXref) +
           "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return out;
}

QByteArray declarationXmp(const QString &title, const QString &author, const QString &language)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
    x += "      xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(title) +
         "</rdf:li></rdf:Alt></dc:title>\n";
    if (!author.isEmpty())
        x += "   <dc:creator><rdf:Seq><rdf:li>" + esc(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    x += "   <dc:language><rdf:Bag><rdf:li>" + esc(language) + "</rdf:li></rdf:Bag></dc:language>\n";
    x += "   <xmp:CreatorTool>Cordée " CORDEE_VERSION "</xmp:CreatorTool>\n";
    x += "   <pdf:Producer>Cordée " CORDEE_VERSION " with Qt " QT_VERSION_STR "</pdf:Producer>\n";
    x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

} // namespace cordee
