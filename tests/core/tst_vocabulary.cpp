// The stable keys are written into files and read from JSON and the CLI: every value must survive a round
// trip.

#include "vocabulary.h"

#include <QSet>
#include <QTest>

#include <bit>

using namespace cordee;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cordee::Roles)

namespace {

/// Every value of a vocabulary: its key leads back to it, keys are distinct and labels are not empty.
template <typename E, typename FromKey>
void checkRoundTrip(const QList<E> &values, FromKey fromKey, int expectedCount)
{
    QCOMPARE(values.size(), expectedCount);
    QSet<QString> keys;
    for (E value : values) {
        const QString k = vocab::key(value);
        QVERIFY2(!keys.contains(k), qPrintable(u"key used twice: "_s + k));
        keys.insert(k);
        const std::optional<E> back = fromKey(k);
        QVERIFY2(back.has_value(), qPrintable(u"no value for key "_s + k));
        QCOMPARE(*back, value);
        QVERIFY2(!vocab::label(value).isEmpty(), qPrintable(u"empty label for "_s + k));
    }
}

} // namespace

class TstVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void continents();
    void genders();
    void ageBands();
    void categories();
    void roles();
    void participantStatuses();
    void slotKinds();
    void proposalStatuses();
    void storedKeys_data();
    void storedKeys();
    void unknownKeys_data();
    void unknownKeys();
    void rolesToKeys_data();
    void rolesToKeys();
    void rolesRoundTripEverySubset();
    void rolesFromKeysCollectsUnknown();
    void rolesLabel();
};

void TstVocabulary::continents()
{
    checkRoundTrip(vocab::continents(), &vocab::continentFromKey, 5);
}

void TstVocabulary::genders()
{
    checkRoundTrip(vocab::genders(), &vocab::genderFromKey, 4);
}

void TstVocabulary::ageBands()
{
    // The list leaves out Unknown (it is no choice), but Unknown's key ("") must still round-trip: NULL in
    // the file reads back as "".
    checkRoundTrip(vocab::ageBands(), &vocab::ageBandFromKey, 5);
    QVERIFY(!vocab::ageBands().contains(AgeBand::Unknown));
    QCOMPARE(vocab::ageBandFromKey(vocab::key(AgeBand::Unknown)), std::optional(AgeBand::Unknown));
}

void TstVocabulary::categories()
{
    checkRoundTrip(vocab::categories(), &vocab::categoryFromKey, 7);
    QVERIFY(!vocab::categories().contains(Category::Unspecified));
    QCOMPARE(vocab::categoryFromKey(vocab::key(Category::Unspecified)), std::optional(Category::Unspecified));
}

void TstVocabulary::roles()
{
    checkRoundTrip(vocab::roles(), &vocab::roleFromKey, 6);
}

void TstVocabulary::participantStatuses()
{
    checkRoundTrip(vocab::participantStatuses(), &vocab::participantStatusFromKey, 3);
}

void TstVocabulary::slotKinds()
{
    checkRoundTrip(vocab::slotKinds(), &vocab::slotKindFromKey, 4);
}

void TstVocabulary::proposalStatuses()
{
    checkRoundTrip(vocab::proposalStatuses(), &vocab::proposalStatusFromKey, 5);
}

// The keys are a contract with the file's CHECK constraints, the JSON descriptions and users' scripts.
void TstVocabulary::storedKeys_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");

    QTest::newRow("africa") << vocab::key(Continent::Africa) << u"africa"_s;
    QTest::newRow("oceania") << vocab::key(Continent::Oceania) << u"oceania"_s;
    QTest::newRow("female") << vocab::key(Gender::Female) << u"F"_s;
    QTest::newRow("male") << vocab::key(Gender::Male) << u"M"_s;
    QTest::newRow("other gender") << vocab::key(Gender::Other) << u"X"_s;
    QTest::newRow("gender not stated") << vocab::key(Gender::NotStated) << u"not_stated"_s;
    QTest::newRow("65+") << vocab::key(AgeBand::From65) << u"65_plus"_s;
    QTest::newRow("sse") << vocab::key(Category::SseEntrepreneur) << u"sse_entrepreneur"_s;
    QTest::newRow("guest") << vocab::key(Role::GuestOfHonour) << u"guest_of_honour"_s;
    QTest::newRow("cancelled") << vocab::key(ParticipantStatus::Cancelled) << u"cancelled"_s;
    QTest::newRow("round table") << vocab::key(SlotKind::RoundTable) << u"round_table"_s;
    QTest::newRow("merged") << vocab::key(ProposalStatus::Merged) << u"merged"_s;
}

void TstVocabulary::storedKeys()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TstVocabulary::unknownKeys_data()
{
    QTest::addColumn<QString>("key");

    QTest::newRow("nonsense") << u"nonsense"_s;
    QTest::newRow("label instead of key") << u"Round table"_s;
    QTest::newRow("trailing space") << u"europe "_s;
    QTest::newRow("number") << u"1"_s;
}

void TstVocabulary::unknownKeys()
{
    QFETCH(QString, key);
    QCOMPARE(vocab::continentFromKey(key), std::nullopt);
    QCOMPARE(vocab::genderFromKey(key), std::nullopt);
    QCOMPARE(vocab::ageBandFromKey(key), std::nullopt);
    QCOMPARE(vocab::categoryFromKey(key), std::nullopt);
    QCOMPARE(vocab::roleFromKey(key), std::nullopt);
    QCOMPARE(vocab::participantStatusFromKey(key), std::nullopt);
    QCOMPARE(vocab::slotKindFromKey(key), std::nullopt);
    QCOMPARE(vocab::proposalStatusFromKey(key), std::nullopt);
}

void TstVocabulary::rolesToKeys_data()
{
    QTest::addColumn<Roles>("roles");
    QTest::addColumn<QString>("keys");

    QTest::newRow("none") << Roles() << QString();
    QTest::newRow("participant") << Roles{Role::Participant} << u"participant"_s;
    QTest::newRow("two, enum order") << Roles{Role::Speaker, Role::Facilitator} << u"facilitator speaker"_s;
    QTest::newRow("organizer alone") << Roles{Role::Organizer} << u"organizer"_s;
    QTest::newRow("all") << Roles{Role::Participant, Role::Facilitator,   Role::Rapporteur,
                                  Role::Speaker,     Role::GuestOfHonour, Role::Organizer}
                         << u"participant facilitator rapporteur speaker guest_of_honour organizer"_s;
}

void TstVocabulary::rolesToKeys()
{
    QFETCH(Roles, roles);
    QFETCH(QString, keys);
    QCOMPARE(vocab::rolesToKeys(roles), keys);
    QStringList unknown;
    QCOMPARE(vocab::rolesFromKeys(keys, &unknown).bits(), roles.bits());
    QVERIFY(unknown.isEmpty());
}

void TstVocabulary::rolesRoundTripEverySubset()
{
    const QList<Role> all = vocab::roles();
    for (unsigned mask = 0; mask < (1u << all.size()); ++mask) {
        Roles roles;
        for (qsizetype i = 0; i < all.size(); ++i)
            roles.set(all.at(i), mask & (1u << i));
        QStringList unknown;
        const Roles back = vocab::rolesFromKeys(vocab::rolesToKeys(roles), &unknown);
        QVERIFY2(back == roles, qPrintable(vocab::rolesToKeys(roles)));
        QVERIFY(unknown.isEmpty());
        QCOMPARE(back.toList().size(), qsizetype(std::popcount(mask)));
    }
}

void TstVocabulary::rolesFromKeysCollectsUnknown()
{
    QStringList unknown;
    const Roles roles = vocab::rolesFromKeys(u"  speaker  chair facilitator Speaker  "_s, &unknown);
    QVERIFY(roles == (Roles{Role::Speaker, Role::Facilitator}));
    QCOMPARE(unknown, (QStringList{u"chair"_s, u"Speaker"_s}));

    // Without a list to fill, unknown keys are simply skipped.
    QVERIFY(vocab::rolesFromKeys(u"rapporteur nobody"_s) == Roles{Role::Rapporteur});
    QVERIFY(vocab::rolesFromKeys(QString()).isEmpty());
}

void TstVocabulary::rolesLabel()
{
    QCOMPARE(vocab::rolesLabel(Roles{Role::Rapporteur, Role::Participant}), u"Participant, Rapporteur"_s);
    QCOMPARE(vocab::rolesLabel(Roles()), QString());
}

QTEST_GUILESS_MAIN(TstVocabulary)
#include "tst_vocabulary.moc"
