// The demo's proposals: every workshop has its own, in its language; the committee's merges, split,
// sub-points, drafts, rejections and ordered retained set are there and sound; the same asks come back across
// workshops.
#include "demoproposals.h"
#include "proposalsimilarity.h"

#include <QSet>
#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

/// Workshops as the demo's formation names them: three slots, four themes, three languages.
QList<Workshop> workshops()
{
    QList<Workshop> out;
    const QStringList slotKeys{u"D1-W1"_s, u"D2-W2"_s, u"D2-W3"_s};
    const QStringList languages{u"fr"_s, u"en"_s, u"fr"_s, u"es"_s, u"en"_s, u"fr"_s};
    int n = 0;
    for (const QString &slot : slotKeys)
        for (int t = 1; t <= 4; ++t)
            for (int k = 0; k < 2 + t % 2; ++k) {
                const QString language = languages.at(n++ % languages.size());
                Workshop w;
                w.key = u"%1-T%2-%3-%4"_s.arg(slot).arg(t).arg(language).arg(k + 1);
                w.slot = slot;
                w.theme = u"T%1"_s.arg(t);
                w.language = language;
                out << w;
            }
    return out;
}

} // namespace

class TstDemoProposals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameEveryTime();
    void everyWorkshopHasTwoToFour();
    void setIsSound();
    void retainedSetIsOrderedByTheme();
    void mergesAndSplitKeepTheirHistory();
    void subPointsDraftsAndRejections();
    void writtenInTheWorkshopsLanguages();
    void sameAsksComeBackAcrossWorkshops();
    void rapporteursAreKept();

private:
    QList<Workshop> m_workshops;
    ProposalSet m_set;
};

void TstDemoProposals::initTestCase()
{
    m_workshops = workshops();
    m_set = makeDemoProposals(m_workshops);
    QVERIFY(m_set.proposals.size() > 2 * m_workshops.size());
}

void TstDemoProposals::sameEveryTime()
{
    QCOMPARE(makeDemoProposals(m_workshops), m_set);
    // The workshops' order does not matter.
    QList<Workshop> reversed = m_workshops;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(makeDemoProposals(reversed), m_set);
}

void TstDemoProposals::everyWorkshopHasTwoToFour()
{
    for (const Workshop &w : std::as_const(m_workshops)) {
        const qsizetype own =
            std::count_if(m_set.proposals.cbegin(), m_set.proposals.cend(), [&](const Proposal &p) {
                return p.workshop == w.key && p.parent.isEmpty() && !m_set.sourcesOf(p.key).size();
            });
        QVERIFY2(own >= 2 && own <= 4, qPrintable(w.key + u": "_s + QString::number(own)));
    }
}

void TstDemoProposals::setIsSound()
{
    QSet<QString> workshopKeys, themeKeys{u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s};
    for (const Workshop &w : std::as_const(m_workshops))
        workshopKeys.insert(w.key);
    const QList<ProposalProblem> problems = validateProposals(m_set, &workshopKeys, &themeKeys);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
}

void TstDemoProposals::retainedSetIsOrderedByTheme()
{
    const QStringList retained = m_set.retainedInOrder();
    QVERIFY2(retained.size() >= 15 && retained.size() <= 25, qPrintable(QString::number(retained.size())));
    QString previousTheme;
    for (int i = 0; i < retained.size(); ++i) {
        const Proposal *p = m_set.find(retained.at(i));
        QCOMPARE(p->position, i);
        QVERIFY2(p->theme >= previousTheme, qPrintable(p->key));
        previousTheme = p->theme;
        // Ready for the declaration, which is written in French, the forum's first language.
        QVERIFY2((!p->workshop.contains(u"-en-"_s) && !p->workshop.contains(u"-es-"_s)) ||
                     !m_set.sourcesOf(p->key).isEmpty(),
                 qPrintable(p->key + u" "_s + p->workshop));
        // Its sub-points too, each said once: no two of them from the same detail.
        QStringList details;
        for (const Proposal &sub : std::as_const(m_set.proposals)) {
            if (sub.parent != p->key || sub.status == ProposalStatus::Merged)
                continue;
            QVERIFY2(!details.contains(sub.text), qPrintable(sub.key));
            details << sub.text;
            QVERIFY2(!sub.text.startsWith(u"Start with"_s) && !sub.text.startsWith(u"Empezar"_s) &&
                         !sub.text.startsWith(u"Give priority"_s) && !sub.text.startsWith(u"Involve"_s),
                     qPrintable(sub.key + u" "_s + sub.text));
        }
    }
}

void TstDemoProposals::mergesAndSplitKeepTheirHistory()
{
    int merges = 0, splits = 0;
    for (const Proposal &p : std::as_const(m_set.proposals)) {
        const QList<LineageEdge> sources = m_set.sourcesOf(p.key);
        if (sources.size() >= 2 && sources.constFirst().kind == LineageKind::Merge) {
            ++merges;
            for (const LineageEdge &e : sources) {
                const Proposal *original = m_set.find(e.source);
                QCOMPARE(original->status, ProposalStatus::Merged);
                QCOMPARE(original->mergedInto, p.key);
            }
        }
        const QList<LineageEdge> targets = m_set.targetsOf(p.key);
        if (targets.size() >= 2 && targets.constFirst().kind == LineageKind::Split) {
            ++splits;
            QCOMPARE(p.status, ProposalStatus::Merged);
            QVERIFY(p.mergedInto.isEmpty());
        }
    }
    QVERIFY2(merges >= 4, qPrintable(QString::number(merges)));
    QCOMPARE(splits, 1);
}

void TstDemoProposals::subPointsDraftsAndRejections()
{
    int subPoints = 0, drafts = 0, rejected = 0, retainedWithSubPoints = 0;
    for (const Proposal &p : std::as_const(m_set.proposals)) {
        subPoints += p.isSubPoint();
        drafts += p.status == ProposalStatus::Draft;
        rejected += p.status == ProposalStatus::Rejected;
    }
    for (const QString &key : m_set.retainedInOrder())
        retainedWithSubPoints += !m_set.childrenOf(key).isEmpty();
    QVERIFY(subPoints >= 5);
    QVERIFY(drafts >= 1);
    QVERIFY(rejected >= 1);
    QVERIFY(retainedWithSubPoints >= 1);
}

void TstDemoProposals::writtenInTheWorkshopsLanguages()
{
    QSet<QString> french, english;
    for (const Proposal &p : std::as_const(m_set.proposals)) {
        if (p.workshop.contains(u"-fr-"_s) && p.status != ProposalStatus::Merged)
            french.insert(p.text);
        if (p.workshop.contains(u"-en-"_s))
            english.insert(p.text);
    }
    QVERIFY(!french.isEmpty() && !english.isEmpty());
    QVERIFY(!french.intersects(english));
    QVERIFY(std::any_of(french.cbegin(), french.cend(), [](const QString &t) { return t.contains(u'é'); }));
}

void TstDemoProposals::sameAsksComeBackAcrossWorkshops()
{
    QList<Proposal> open;
    for (const Proposal &p : std::as_const(m_set.proposals))
        if (p.status != ProposalStatus::Merged && !p.isSubPoint() && !p.workshop.isEmpty())
            open << p;
    const ProposalSimilarity index(open);
    int echoed = 0;
    for (const Proposal &p : std::as_const(open)) {
        const QList<SimilarProposal> top = index.similarTo(p.key, 1, ProposalSimilarity::LikelySame);
        echoed += !top.isEmpty() && m_set.find(top.constFirst().key)->workshop != p.workshop;
    }
    QVERIFY2(echoed >= open.size() / 4, qPrintable(u"%1 of %2"_s.arg(echoed).arg(open.size())));
}

void TstDemoProposals::rapporteursAreKept()
{
    const QString first = m_workshops.constFirst().key;
    const ProposalSet set = makeDemoProposals(m_workshops, {{first, 42}});
    for (const Proposal &p : set.proposals)
        if (p.workshop == first)
            QCOMPARE(p.rapporteurId, 42);
        else if (!p.workshop.isEmpty())
            QCOMPARE(p.rapporteurId, 0);
}

QTEST_GUILESS_MAIN(TstDemoProposals)
#include "tst_demoproposals.moc"
