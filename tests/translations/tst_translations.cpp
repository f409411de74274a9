// The French catalogue must be complete and current: every string the sources mark for translation has a
// finished French translation that keeps the source's placeholders. lupdate is run afresh over src/ so a new
// tr() string without its translation fails here, not in front of a user.
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList translations;
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            entry = Entry{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", false, {}};
        else if (name == u"source")
            entry.source = xml.readElementText();
        else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entry.finished = type != u"unfinished" && type != u"vanished" && type != u"obsolete";
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.translations << xml.readElementText();
            } else {
                entry.translations << xml.readElementText();
            }
            out << entry;
        }
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CORDEE_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral(CORDEE_SOURCE_DIR "/src"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QHash<QString, Entry> committed;
    for (const Entry &e :
         readTs(QStringLiteral(CORDEE_SOURCE_DIR "/translations/cordee_%1.ts").arg(language)))
        committed.insert(e.context + u'\x1f' + e.source, e);
    const QList<Entry> wanted = readTs(fresh);
    QVERIFY(wanted.size() > 100);
    QStringList problems;
    for (const Entry &w : wanted) {
        const auto it = committed.constFind(w.context + u'\x1f' + w.source);
        if (it == committed.cend()) {
            problems << QStringLiteral("missing: [%1] %2").arg(w.context, w.source);
            continue;
        }
        if (!it->finished || it->translations.isEmpty() ||
            std::any_of(it->translations.cbegin(), it->translations.cend(),
                        [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << QStringLiteral("unfinished: [%1] %2").arg(w.context, w.source);
            continue;
        }
        for (const QString &t : it->translations)
            if (placeholders(t) != placeholders(w.source) &&
                !(w.numerus &&
                  placeholders(t) + QSet<QString>{QStringLiteral("%n")} == placeholders(w.source)))
                problems << QStringLiteral("placeholders differ: [%1] %2 → %3").arg(w.context, w.source, t);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
