// The declaration as OpenDocument Text: a zip whose first entry is the uncompressed mimetype, with a
// manifest, content in the committee's order, page styles for the paper, and metadata.

#include "declarationfixture.h"
#include "declarationodt.h"

#include <QBuffer>
#include <QTest>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

using namespace cordee;
using namespace cordee::test;
using namespace Qt::StringLiterals;

namespace {

/// Entry name → bytes, and the names in the zip's order.
struct Unzipped
{
    QStringList names;
    QHash<QString, QByteArray> files;
    QHash<QString, int> methods;
};

Unzipped unzip(QByteArray bytes)
{
    Unzipped out;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out.names << info.name;
        out.methods.insert(info.name, info.method);
        out.files.insert(info.name, file.readAll());
    }
    return out;
}

/// The text of every paragraph and heading of content.xml, in order; false when it is not well-formed.
bool paragraphs(const QByteArray &xml, QStringList &out)
{
    QXmlStreamReader reader(xml);
    QString current;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && (reader.name() == u"p" || reader.name() == u"h")) {
            if (depth++ == 0)
                current.clear();
        } else if (reader.isEndElement() && (reader.name() == u"p" || reader.name() == u"h")) {
            if (--depth == 0)
                out << current;
        } else if (reader.isCharacters() && depth > 0) {
            current += reader.text();
        }
    }
    return !reader.hasError();
}

} // namespace

class TstDeclarationOdt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zipStartsWithTheStoredMimetype();
    void contentInOrder();
    void nestedSubPoints();
    void pageStylesAndMetadata_data();
    void pageStylesAndMetadata();
};

void TstDeclarationOdt::zipStartsWithTheStoredMimetype()
{
    const auto odt = declarationToOdt(buildDeclaration(declarationInput(u"en"_s)));
    QVERIFY(odt);
    // ODF: the mimetype can be read at a fixed offset, uncompressed, without a zip library.
    QCOMPARE(odt->mid(0, 4), QByteArray("PK\x03\x04"));
    QCOMPARE(odt->mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(odt->mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));

    const Unzipped z = unzip(*odt);
    QCOMPARE(z.names, (QStringList{u"mimetype"_s, u"META-INF/manifest.xml"_s, u"content.xml"_s,
                                   u"styles.xml"_s, u"meta.xml"_s}));
    QCOMPARE(z.methods.value(u"mimetype"_s), 0);
    for (const QString &name : z.names.mid(1)) {
        QXmlStreamReader reader(z.files.value(name));
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(name + u": "_s + reader.errorString()));
    }
    // The usual prefixes on the roots, as word processors write them.
    QVERIFY(z.files.value(u"content.xml"_s).contains("?><office:document-content xmlns:office="));
    QVERIFY(z.files.value(u"styles.xml"_s).contains("?><office:document-styles xmlns:office="));
    const QByteArray manifest = z.files.value(u"META-INF/manifest.xml"_s);
    for (const char *file : {"content.xml", "styles.xml", "meta.xml"})
        QVERIFY(manifest.contains(QByteArray(QByteArray("manifest:full-path=\"") + file + '"')));
}

void TstDeclarationOdt::contentInOrder()
{
    const Declaration d = buildDeclaration(declarationInput(u"fr"_s));
    const Unzipped z = unzip(*declarationToOdt(d));
    QStringList texts;
    QVERIFY(paragraphs(z.files.value(u"content.xml"_s), texts));
    QCOMPARE(texts.value(0), d.placeAndDate);
    QCOMPARE(texts.value(1), d.title);
    QCOMPARE(texts.value(2), d.question);
    QCOMPARE(texts.value(3), d.introduction);
    QVERIFY(texts.contains(u"Rosa Huamán Quispe, Gouverneure régionale de Cusco"_s));
    QVERIFY(texts.contains(u"李伟, Asia-Pacific Cooperative Office"_s));
    const QString all = texts.join(u'\n');
    qsizetype at = -1;
    for (const QString &key : declarationWrittenKeys()) {
        const Proposal *p = declarationProposals().find(key);
        const qsizetype next = all.indexOf(p->text);
        QVERIFY2(next > at, qPrintable(key));
        at = next;
    }
    for (const char *marker : {"REJECTED", "DRAFT", "SUBMITTED", "MERGED"})
        QVERIFY(!all.contains(QLatin1String(marker)));
    QCOMPARE(texts.constLast(), u"Red Andina de Cooperativas"_s);
}

void TstDeclarationOdt::nestedSubPoints()
{
    const Unzipped z = unzip(*declarationToOdt(buildDeclaration(declarationInput(u"en"_s))));
    QXmlStreamReader reader(z.files.value(u"content.xml"_s));
    int listDepth = 0;
    QHash<QString, int> depthOf;
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"list")
            ++listDepth;
        else if (reader.isEndElement() && reader.name() == u"list")
            --listDepth;
        else if (reader.isCharacters() && listDepth > 0)
            depthOf.insert(reader.text().toString(), listDepth);
    }
    QCOMPARE(depthOf.value(u"Create a fair-trade label for mountain cooperatives."_s), 1);
    QCOMPARE(depthOf.value(u"Open it to producer groups of fewer than ten members."_s), 2);
    QCOMPARE(depthOf.value(u"With the producers themselves."_s), 3);
}

void TstDeclarationOdt::pageStylesAndMetadata_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("width");
    QTest::addColumn<QString>("height");
    QTest::newRow("A4") << int(PaperSize::A4) << u"21.00cm"_s << u"29.70cm"_s;
    QTest::newRow("Letter") << int(PaperSize::Letter) << u"21.59cm"_s << u"27.94cm"_s;
}

void TstDeclarationOdt::pageStylesAndMetadata()
{
    QFETCH(int, paper);
    QFETCH(QString, width);
    QFETCH(QString, height);
    const Declaration d = buildDeclaration(declarationInput(u"es"_s));
    const Unzipped z = unzip(*declarationToOdt(d, PaperSize(paper)));
    const QString styles = QString::fromUtf8(z.files.value(u"styles.xml"_s));
    QVERIFY(styles.contains(u"fo:page-width=\"%1\""_s.arg(width)));
    QVERIFY(styles.contains(u"fo:page-height=\"%1\""_s.arg(height)));
    QVERIFY(styles.contains(
        u"<text:p text:style-name=\"Header\">Foro Andino de Empresas Cooperativas</text:p>"_s));
    QVERIFY(styles.contains(u"Página <text:page-number text:select-page=\"current\">1</text:page-number> de "
                            "<text:page-count>1</text:page-count>"_s));
    QVERIFY(styles.contains(u"fo:keep-with-next=\"always\""_s));
    QVERIFY(styles.contains(u"fo:language=\"es\""_s));
    const QString meta = QString::fromUtf8(z.files.value(u"meta.xml"_s));
    QVERIFY(meta.contains(u"<dc:title>%1</dc:title>"_s.arg(d.title)));
    QVERIFY(meta.contains(u"<dc:language>es</dc:language>"_s));
    QVERIFY(meta.contains(u"<meta:initial-creator>Red Andina de Cooperativas</meta:initial-creator>"_s));
}

QTEST_GUILESS_MAIN(TstDeclarationOdt)
#include "tst_declarationodt.moc"
