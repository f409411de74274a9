// The head counts the forum reports: cancelled people are never counted.

#include "forumstats.h"

#include <QTest>

using namespace cordee;
using namespace Qt::StringLiterals;

namespace {

Participant person(const QString &country, Gender gender, Category category,
                   ParticipantStatus status = ParticipantStatus::Registered)
{
    Participant p;
    p.lastName = u"Person "_s + country;
    p.country = country;
    p.gender = gender;
    p.category = category;
    p.status = status;
    return p;
}

QList<Participant> sample()
{
    return {
        person(u"FR"_s, Gender::Female, Category::Academic, ParticipantStatus::Present),
        person(u"FR"_s, Gender::Male, Category::SseEntrepreneur),
        person(u"FR"_s, Gender::Female, Category::SseEntrepreneur, ParticipantStatus::Cancelled),
        person(u"SN"_s, Gender::Female, Category::Unspecified),
        person(u"BR"_s, Gender::Male, Category::UnionOfficial, ParticipantStatus::Cancelled),
        person(u"JP"_s, Gender::Other, Category::Academic),
        person(u"IT"_s, Gender::NotStated, Category::Practitioner),
        person(QString(), Gender::Female, Category::Other),   // no country: counted, but in no country
        person(u"XX"_s, Gender::Male, Category::Unspecified), // unknown code: likewise
    };
}

} // namespace

class TstForumStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty();
    void cancelledAreNotCounted();
    void countries();
    void continents();
    void byCategory();
    void byGender();
    void everybodyCancelled();
};

void TstForumStats::empty()
{
    const ForumStats s = ForumStats::compute({});
    QCOMPARE(s.participants, 0);
    QCOMPARE(s.countries(), 0);
    QCOMPARE(s.continents(), 0);
    QVERIFY(s.byCategory.isEmpty());
    QVERIFY(s.byGender.isEmpty());
}

void TstForumStats::cancelledAreNotCounted()
{
    const ForumStats s = ForumStats::compute(sample());
    QCOMPARE(s.participants, 7);
    QVERIFY(!s.byCountry.contains(u"BR"_s)); // the only Brazilian cancelled
    QCOMPARE(s.byCountry.value(u"FR"_s), 2); // of three French, one cancelled
}

void TstForumStats::countries()
{
    const ForumStats s = ForumStats::compute(sample());
    const QMap<QString, int> expected{{u"FR"_s, 2}, {u"SN"_s, 1}, {u"JP"_s, 1}, {u"IT"_s, 1}};
    QCOMPARE(s.byCountry, expected);
    QCOMPARE(s.countries(), 4);
}

void TstForumStats::continents()
{
    const ForumStats s = ForumStats::compute(sample());
    const QMap<Continent, int> expected{{Continent::Europe, 3}, {Continent::Africa, 1}, {Continent::Asia, 1}};
    QCOMPARE(s.byContinent, expected);
    QCOMPARE(s.continents(), 3);
}

void TstForumStats::byCategory()
{
    const ForumStats s = ForumStats::compute(sample());
    const QMap<Category, int> expected{{Category::Academic, 2},
                                       {Category::SseEntrepreneur, 1},
                                       {Category::Unspecified, 2},
                                       {Category::Practitioner, 1},
                                       {Category::Other, 1}};
    QCOMPARE(s.byCategory, expected);
    int sum = 0;
    for (int n : s.byCategory)
        sum += n;
    QCOMPARE(sum, s.participants);
}

void TstForumStats::byGender()
{
    const ForumStats s = ForumStats::compute(sample());
    const QMap<Gender, int> expected{
        {Gender::Female, 3}, {Gender::Male, 2}, {Gender::Other, 1}, {Gender::NotStated, 1}};
    QCOMPARE(s.byGender, expected);
}

void TstForumStats::everybodyCancelled()
{
    QList<Participant> people = sample();
    for (Participant &p : people)
        p.status = ParticipantStatus::Cancelled;
    const ForumStats s = ForumStats::compute(people);
    QCOMPARE(s.participants, 0);
    QCOMPARE(s.countries(), 0);
    QVERIFY(s.byGender.isEmpty());
}

QTEST_GUILESS_MAIN(TstForumStats)
#include "tst_forumstats.moc"
