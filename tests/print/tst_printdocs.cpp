// The printed documents from the demo forum, read back as a reader would: their text through pdftotext,
// their page counts through pdfinfo (poppler-utils).

#include "demofile.h"
#include "formationbridge.h"
#include "printdocs.h"
#include "printlayout.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cordee;
using namespace Qt::StringLiterals;

class TstPrintDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void attendanceListsEveryMember();
    void attendanceOfOneSlot();
    void programmesOnePagePerPerson();
    void programmesSpeakTheirReadersLanguage();
    void badgesEightToASheet();
    void programmesAndBadgesOfASelection();
    void doorSignsOnePerRoomAndSlot();
    void cliPrintsEachDocument();

private:
    QString text(const QString &pdf, int page = 0) const;
    int pages(const QString &pdf) const;

    QTemporaryDir m_dir;
    ForumSnapshot m_forum;
    QString m_pdftotext;
    QString m_pdfinfo;
};

void TstPrintDocs::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    m_pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (m_pdftotext.isEmpty() || m_pdfinfo.isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
    // CORDEE_KEEP_PRINT_OUTPUT=1 keeps the PDFs, to look at them.
    if (qEnvironmentVariableIsSet("CORDEE_KEEP_PRINT_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs in %s", qPrintable(m_dir.path()));
    }
    auto db = createDemoForumFile(m_dir.filePath(u"demo.cordee"_s));
    QVERIFY2(db, qPrintable(db.isOk() ? QString() : db.error().fullText()));
    auto forum = loadForumSnapshot(*db.value());
    QVERIFY(forum);
    m_forum = *forum;
}

QString TstPrintDocs::text(const QString &pdf, int page) const
{
    QProcess p;
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    p.start(m_pdftotext, args << pdf << u"-"_s);
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int TstPrintDocs::pages(const QString &pdf) const
{
    QProcess p;
    p.start(m_pdfinfo, {pdf});
    p.waitForFinished();
    const auto match =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(p.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void TstPrintDocs::attendanceListsEveryMember()
{
    const QString pdf = m_dir.filePath(u"attendance.pdf"_s);
    const Status status = print::writeAttendanceSheets(m_forum, {pdf, {}, {}});
    QVERIFY2(status, qPrintable(status.isOk() ? QString() : status.error().fullText()));
    const QString all = text(pdf);
    QVERIFY(pages(pdf) >= m_forum.workshops.size());
    int checked = 0;
    for (const AssignmentRow &a : m_forum.assignments) {
        const Participant *p = print::findParticipant(m_forum.participants, a.participantId);
        if (!p || !p->isCounted() || p->erased)
            continue;
        QVERIFY2(all.contains(p->lastName.toUpper()), qPrintable(p->lastName));
        if (++checked == 60)
            break;
    }
    QVERIFY(checked > 0);
    QVERIFY(all.contains(u"Signature"_s) || all.contains(u"Firma"_s));
}

void TstPrintDocs::attendanceOfOneSlot()
{
    QString slotKey;
    int inSlot = 0;
    for (const TimeSlot &s : m_forum.timeSlots)
        if (s.kind == SlotKind::Workshops)
            slotKey = s.key; // the last workshop slot
    for (const Workshop &w : m_forum.workshops)
        inSlot += w.slot == slotKey ? 1 : 0;
    const QString pdf = m_dir.filePath(u"attendance-slot.pdf"_s);
    QVERIFY(print::writeAttendanceSheets(m_forum, {pdf, slotKey, {}}));
    QCOMPARE(pages(pdf), inSlot); // a workshop's sheet fits one page
    QVERIFY(!print::writeAttendanceSheets(m_forum, {pdf, u"no-such-slot"_s, {}}));
}

void TstPrintDocs::programmesOnePagePerPerson()
{
    const QString pdf = m_dir.filePath(u"programmes.pdf"_s);
    QVERIFY(print::writeProgrammes(m_forum, {pdf, {}, {}}));
    const QList<Participant> people = print::printablePeople(m_forum.participants);
    QCOMPARE(pages(pdf), int(people.size()));
    for (int i : {0, 1, int(people.size()) - 1})
        QVERIFY2(text(pdf, i + 1).contains(people.at(i).displayName()),
                 qPrintable(people.at(i).displayName()));
}

void TstPrintDocs::programmesSpeakTheirReadersLanguage()
{
    ForumSnapshot forum = m_forum;
    QList<Participant> three;
    for (const QString &language : {u"fr"_s, u"es"_s, u"en"_s}) {
        Participant p = print::printablePeople(forum.participants).at(three.size());
        p.languages = {language};
        three.append(p);
    }
    forum.participants = three;
    const QString pdf = m_dir.filePath(u"languages.pdf"_s);
    QVERIFY(print::writeProgrammes(forum, {pdf, {}, {}}));
    QCOMPARE(pages(pdf), 3);
    QStringList titles;
    for (int page = 1; page <= 3; ++page) {
        const QString t = text(pdf, page);
        titles << (t.contains(u"Programme personnel"_s)  ? u"fr"_s
                   : t.contains(u"Programa personal"_s)  ? u"es"_s
                   : t.contains(u"Personal programme"_s) ? u"en"_s
                                                         : QString());
    }
    // Pages follow the names' order; every language appears once.
    titles.sort();
    QCOMPARE(titles, (QStringList{u"en"_s, u"es"_s, u"fr"_s}));
}

void TstPrintDocs::badgesEightToASheet()
{
    const QString pdf = m_dir.filePath(u"badges.pdf"_s);
    QVERIFY(print::writeBadges(m_forum, {pdf, {}, {}}));
    const QList<Participant> people = print::printablePeople(m_forum.participants);
    QCOMPARE(pages(pdf), int((people.size() + 7) / 8));
    const QString first = text(pdf, 1);
    for (int i = 0; i < 8; ++i)
        QVERIFY2(first.contains(people.at(i).lastName.toUpper()), qPrintable(people.at(i).lastName));
}

void TstPrintDocs::programmesAndBadgesOfASelection()
{
    const QList<Participant> people = print::printablePeople(m_forum.participants);
    const QList<qint64> chosen{people.at(5).id, people.at(2).id, people.at(40).id};
    const QString programmes = m_dir.filePath(u"chosen-programmes.pdf"_s);
    QVERIFY(print::writeProgrammes(m_forum, {programmes, {}, chosen}));
    QCOMPARE(pages(programmes), 3);
    // In name order, whatever the order of the selection.
    QVERIFY(text(programmes, 1).contains(people.at(2).displayName()));
    QVERIFY(text(programmes, 2).contains(people.at(5).displayName()));
    QVERIFY(text(programmes, 3).contains(people.at(40).displayName()));
    const QString badges = m_dir.filePath(u"chosen-badges.pdf"_s);
    QVERIFY(print::writeBadges(m_forum, {badges, {}, chosen}));
    QCOMPARE(pages(badges), 1);
    const QString sheet = text(badges, 1);
    QVERIFY(sheet.contains(people.at(40).lastName.toUpper()));
    // Someone not chosen, whose last name is none of theirs, has no badge.
    QStringList chosenNames;
    for (int i : {2, 5, 40})
        chosenNames << people.at(i).lastName.toUpper();
    const auto other = std::find_if(people.cbegin(), people.cend(), [&](const Participant &p) {
        return !chosen.contains(p.id) && p.lastName.size() > 3 &&
               !chosenNames.join(u' ').contains(p.lastName.toUpper());
    });
    QVERIFY(other != people.cend());
    QVERIFY2(!sheet.contains(other->lastName.toUpper()), qPrintable(other->lastName));
}

void TstPrintDocs::doorSignsOnePerRoomAndSlot()
{
    QString slotKey;
    int inSlot = 0;
    for (const TimeSlot &s : m_forum.timeSlots)
        if (s.kind == SlotKind::Workshops && slotKey.isEmpty())
            slotKey = s.key;
    for (const Workshop &w : m_forum.workshops)
        if (w.slot == slotKey && !w.room.isEmpty())
            ++inSlot;
    QVERIFY(inSlot > 0);
    const QString pdf = m_dir.filePath(u"doors.pdf"_s);
    QVERIFY(print::writeDoorSigns(m_forum, {pdf, slotKey, {}}));
    QCOMPARE(pages(pdf), inSlot);
    const QString all = text(pdf);
    for (const Workshop &w : m_forum.workshops)
        if (w.slot == slotKey && !w.room.isEmpty())
            QVERIFY2(all.contains(print::findRoom(m_forum.rooms, w.room)->name), qPrintable(w.room));
}

void TstPrintDocs::cliPrintsEachDocument()
{
    // The contract: cordee-cli print attendance|programmes|badges|doors FILE -o OUT.pdf [--slot KEY]
    const QString forum = m_dir.filePath(u"demo.cordee"_s);
    const QList<Participant> people = print::printablePeople(m_forum.participants);
    for (const QString &what : {u"attendance"_s, u"programmes"_s, u"badges"_s, u"doors"_s}) {
        const QString pdf = m_dir.filePath(u"cli-"_s + what + u".pdf"_s);
        QProcess cli;
        cli.start(QStringLiteral(CORDEE_CLI_PATH), {u"print"_s, what, forum, u"-o"_s, pdf});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY2(pages(pdf) > 0, qPrintable(what));
        if (what == u"programmes"_s)
            QCOMPARE(pages(pdf), int(people.size()));
    }
    QProcess bad;
    bad.start(QStringLiteral(CORDEE_CLI_PATH),
              {u"print"_s, u"doors"_s, forum, u"-o"_s, m_dir.filePath(u"x.pdf"_s), u"--slot"_s, u"nope"_s});
    QVERIFY(bad.waitForFinished(120000));
    QCOMPARE(bad.exitCode(), 2);
}

QTEST_MAIN(TstPrintDocs)
#include "tst_printdocs.moc"
