// The CSV export: Excel must read its accents, every spreadsheet must split it the same way, no cell may run
// as a formula, and Cordée must import it back as it was.

#include "participantcsv.h"
#include "participantimport.h"
#include "tablereader.h"
#include "testsupport.h"

#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

const QString kHeader = u"first_name,last_name,email,organization,country,gender,category,languages,"
                        "preference_1,preference_2,preference_3,preference_4,preference_5,roles,status"_s;

/// RFC 4180, independent of the code under test: records of fields, quotes doubled, line breaks in quotes.
QList<QStringList> splitCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

/// The CSV's text after the BOM, which must be there.
QString textOf(const QByteArray &csv)
{
    if (!csv.startsWith(kBom))
        return {};
    return QString::fromUtf8(csv.mid(kBom.size()));
}

Participant named(const QString &first, const QString &last)
{
    Participant p;
    p.firstName = first;
    p.lastName = last;
    return p;
}

/// People whose fields test every corner of the format, all valid.
QList<Participant> trickyPeople()
{
    Participant helene = test::sampleParticipant();
    Participant ngozi = named(u"Ngozi"_s, u"Okonkwo-Adébáyọ̀"_s);
    ngozi.organisation = u"Union, \"Solidarité\" & Co"_s;
    ngozi.email = u"ngozi@example.org"_s;
    ngozi.country = u"NG"_s;
    ngozi.gender = Gender::Other;
    ngozi.category = Category::UnionOfficial;
    ngozi.languages = {u"yo"_s, u"en"_s, u"fr"_s};
    ngozi.preferences = {u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"T5"_s};
    ngozi.roles = Roles{Role::Speaker, Role::GuestOfHonour, Role::Organizer};
    ngozi.status = ParticipantStatus::Cancelled;
    Participant jose = named(u"José María"_s, u"Núñez\nde la Peña"_s);
    jose.organisation = u"Cooperativa Ñandú"_s;
    jose.country = u"ES"_s;
    jose.gender = Gender::Male;
    jose.category = Category::PublicAuthority;
    Participant wei = named(u"魏"_s, u"陈"_s);
    wei.organisation = u"Line\r\nbreak"_s;
    return {helene, ngozi, jose, wei};
}

} // namespace

class TstParticipantCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns();
    void emptyListIsHeaderOnly();
    void oneParticipant();
    void crlfLineEnds();
    void quoting_data();
    void quoting();
    void formulaGuard_data();
    void formulaGuard();
    void guardInEveryColumn();
    void roundTripBySplitting();
    void roundTripThroughImport();
    void roundTripThroughReader();
};

void TstParticipantCsv::columns()
{
    QCOMPARE(participantCsvColumns(), kHeader.split(u','));
    for (const QString &column : participantCsvColumns())
        QVERIFY2(importfield::fromKey(column).has_value(), qPrintable(column)); // imports back by name
}

void TstParticipantCsv::emptyListIsHeaderOnly()
{
    QCOMPARE(participantsToCsv({}), kBom + kHeader.toUtf8() + "\r\n");
}

void TstParticipantCsv::oneParticipant()
{
    const QByteArray csv = participantsToCsv({test::sampleParticipant()});
    QVERIFY(csv.startsWith(kBom));
    QCOMPARE(textOf(csv),
             kHeader +
                 u"\r\nHélène,Dupont,helene.dupont@cooperative-elan.example,Coopérative Élan,FR,F,academic,"
                 "fr en,T2,T4,T1,,,participant rapporteur,present\r\n"_s);

    Participant bare = named(u"Ana"_s, QString());
    QCOMPARE(textOf(participantsToCsv({bare})).split(u"\r\n"_s).at(1),
             u"Ana,,,,,not_stated,,,,,,,,participant,registered"_s);
}

void TstParticipantCsv::crlfLineEnds()
{
    const QString text = textOf(participantsToCsv(trickyPeople()));
    QVERIFY(text.endsWith(u"\r\n"_s));
    // Outside quoted cells every line break is CRLF.
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\n')
            QVERIFY2(i > 0 && text.at(i - 1) == u'\r', "a bare LF outside quotes");
        else if (!quoted && c == u'\r') {
            QVERIFY2(i + 1 < text.size() && text.at(i + 1) == u'\n', "a bare CR outside quotes");
            ++lines;
        }
    }
    QCOMPARE(lines, 5);
}

void TstParticipantCsv::quoting_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("cell");

    QTest::newRow("plain") << u"Coopérative Élan"_s << u"Coopérative Élan"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Union, Solidarité"_s << u"\"Union, Solidarité\""_s;
    QTest::newRow("quote") << u"Le \"Lien\""_s << u"\"Le \"\"Lien\"\"\""_s;
    QTest::newRow("LF") << u"Ligne\nsuivante"_s << u"\"Ligne\nsuivante\""_s;
    QTest::newRow("CR") << u"Ligne\rsuivante"_s << u"\"Ligne\rsuivante\""_s;
    QTest::newRow("CRLF") << u"Ligne\r\nsuivante"_s << u"\"Ligne\r\nsuivante\""_s;
    QTest::newRow("semicolon needs nothing") << u"A; B"_s << u"A; B"_s;
    QTest::newRow("inner apostrophe") << u"L'Atelier"_s << u"L'Atelier"_s;
    QTest::newRow("inner equals") << u"A=B"_s << u"A=B"_s;
}

void TstParticipantCsv::quoting()
{
    QFETCH(QString, organisation);
    QFETCH(QString, cell);
    Participant p = named(u"Ana"_s, u"Lima"_s);
    p.organisation = organisation;
    const QString text = textOf(participantsToCsv({p}));
    const QString expectedLine = u"Ana,Lima,,"_s + cell + u",,not_stated,,,,,,,,participant,registered\r\n"_s;
    QCOMPARE(text, kHeader + u"\r\n"_s + expectedLine);
}

void TstParticipantCsv::formulaGuard_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cell");

    QTest::newRow("=") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("+") << u"+33 6 12 34 56 78"_s << u"'+33 6 12 34 56 78"_s;
    QTest::newRow("-") << u"-5"_s << u"'-5"_s;
    QTest::newRow("@") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
    QTest::newRow("tab") << u"\tcmd"_s << u"'\tcmd"_s;
    QTest::newRow("CR") << u"\rcmd"_s << u"\"'\rcmd\""_s;
    QTest::newRow("hyperlink, then quoted") << u"=HYPERLINK(\"http://evil.example\",\"Clic\")"_s
                                            << u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Clic\"\")\""_s;
    QTest::newRow("command") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("leading space is text") << u" =1"_s << u" =1"_s;
    QTest::newRow("inner minus is text") << u"Jean-Pierre"_s << u"Jean-Pierre"_s;
    QTest::newRow("apostrophe already") << u"'=1"_s << u"'=1"_s;
}

void TstParticipantCsv::formulaGuard()
{
    QFETCH(QString, name);
    QFETCH(QString, cell);
    const QString text = textOf(participantsToCsv({named(name, u"Lima"_s)}));
    QCOMPARE(text, kHeader + u"\r\n"_s + cell + u",Lima,,,,not_stated,,,,,,,,participant,registered\r\n"_s);
}

void TstParticipantCsv::guardInEveryColumn()
{
    // Values no valid participant has, but the export must not trust its input.
    Participant p = named(u"+a"_s, u"-b"_s);
    p.email = u"@c"_s;
    p.organisation = u"=d"_s;
    p.country = u"\tFR"_s;
    p.languages = {u"=fr"_s};
    p.preferences = {u"-T1"_s, u"+T2"_s, u"@T3"_s, u"=T4"_s, u"\tT5"_s};
    const QStringList records = textOf(participantsToCsv({p})).split(u"\r\n"_s);
    QCOMPARE(records.at(1), u"'+a,'-b,'@c,'=d,'\tFR,not_stated,,'=fr,'-T1,'+T2,'@T3,'=T4,'\tT5,participant,"
                            "registered"_s);
}

void TstParticipantCsv::roundTripBySplitting()
{
    const QList<Participant> people = trickyPeople();
    const QList<QStringList> records = splitCsv(textOf(participantsToCsv(people)));
    QCOMPARE(records.size(), people.size() + 1);
    QCOMPARE(records.at(0), participantCsvColumns());
    for (qsizetype i = 0; i < people.size(); ++i) {
        const Participant &p = people.at(i);
        const QStringList &r = records.at(i + 1);
        QCOMPARE(r.size(), participantCsvColumns().size());
        QCOMPARE(r.at(0), p.firstName);
        QCOMPARE(r.at(1), p.lastName);
        QCOMPARE(r.at(2), p.email);
        QCOMPARE(r.at(3), p.organisation);
        QCOMPARE(r.at(4), p.country);
        QCOMPARE(r.at(5), vocab::key(p.gender));
        QCOMPARE(r.at(6), vocab::key(p.category));
        QCOMPARE(r.at(7).split(u' ', Qt::SkipEmptyParts), p.languages);
        QStringList preferences = r.mid(8, 5);
        preferences.removeAll(QString());
        QCOMPARE(preferences, p.preferences);
        QCOMPARE(vocab::rolesFromKeys(r.at(13)), p.roles);
        QCOMPARE(r.at(14), vocab::key(p.status));
    }
}

/// What the export holds comes back through the import unchanged (age, availability and notes are not
/// exported).
void TstParticipantCsv::roundTripThroughImport()
{
    QList<Participant> people = trickyPeople();
    QList<Theme> themes;
    for (int i = 1; i <= 6; ++i)
        themes << Theme{0, u"T%1"_s.arg(i), u"Theme %1"_s.arg(i), {}};
    const QList<QStringList> records = splitCsv(textOf(participantsToCsv(people)));
    TextTable table;
    table.header = records.at(0);
    for (qsizetype i = 1; i < records.size(); ++i) {
        table.rows << records.at(i);
        table.rowNumbers << int(i) + 1;
    }
    const ImportPlan plan = planParticipantImport(table, ColumnMapping::guess(table.header), {}, themes, {});
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.toInsert.size(), people.size());
    for (Participant &p : people) {
        p.ageBand = AgeBand::Unknown;
        p.unavailableSlots.clear();
        p.notes.clear();
        p.lastName = p.lastName.simplified(); // the import folds white space inside names
        p.organisation = p.organisation.simplified();
    }
    QCOMPARE(plan.toInsert, people);
}

void TstParticipantCsv::roundTripThroughReader()
{
    const QList<Participant> people = trickyPeople();
    const Result<TextTable> table = tablereader::readText(participantsToCsv(people));
    QVERIFY2(table.isOk(), qPrintable(table.isOk() ? QString() : table.error().fullText()));
    QCOMPARE(table.value().encoding, u"UTF-8 BOM"_s);
    QCOMPARE(table.value().delimiter, QChar(u','));
    QCOMPARE(table.value().header, participantCsvColumns());
    QCOMPARE(table.value().rows.size(), people.size());
    QCOMPARE(table.value().rows.at(1).at(1), people.at(1).lastName);
    QCOMPARE(table.value().rows.at(1).at(3), people.at(1).organisation);
    QCOMPARE(table.value().rows.at(2).at(1), people.at(2).lastName);
    QCOMPARE(table.value().rows.at(3).at(0), people.at(3).firstName);
    // A line break inside a cell may come back as LF alone: the reader decides, the text is the same.
    QCOMPARE(QString(table.value().rows.at(3).at(3)).replace(u"\r\n"_s, u"\n"_s),
             QString(people.at(3).organisation).replace(u"\r\n"_s, u"\n"_s));
}

QTEST_GUILESS_MAIN(TstParticipantCsv)
#include "tst_participantcsv.moc"
