#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cordee {

// The closed vocabularies of the domain. Each value has a stable key (stored in the file, written by the CLI,
// read from JSON) and a translated label for people.

enum class Continent { Africa, Americas, Asia, Europe, Oceania };
enum class Gender { NotStated, Female, Male, Other };
enum class AgeBand { Unknown, Under25, From25To34, From35To49, From50To64, From65 };
enum class Category {
    Unspecified,
    SseEntrepreneur,
    UnionOfficial,
    InternationalOrganisation,
    Practitioner,
    Academic,
    PublicAuthority,
    Other
};
enum class Role { Participant, Facilitator, Rapporteur, Speaker, GuestOfHonour, Organizer };
enum class ParticipantStatus { Registered, Present, Cancelled };
enum class SlotKind { Conference, RoundTable, Workshops, Break };
enum class ProposalStatus { Draft, Submitted, Retained, Rejected, Merged };

/// A set of roles, stored as bits of `Role`.
class Roles
{
public:
    Roles() = default;
    Roles(std::initializer_list<Role> roles)
    {
        for (Role r : roles)
            set(r);
    }
    bool has(Role role) const { return m_bits & bit(role); }
    void set(Role role, bool on = true) { m_bits = on ? (m_bits | bit(role)) : (m_bits & ~bit(role)); }
    bool isEmpty() const { return m_bits == 0; }
    unsigned bits() const { return m_bits; }
    QList<Role> toList() const;
    bool operator==(const Roles &) const = default;

private:
    static unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }
    unsigned m_bits = 0;
};

/// Keys, labels and parsing for every vocabulary. `fromKey` returns nothing for an unknown key.
namespace vocab {

QList<Continent> continents();
QString key(Continent c);
QString label(Continent c);
std::optional<Continent> continentFromKey(const QString &key);

QList<Gender> genders();
QString key(Gender g);
QString label(Gender g);
std::optional<Gender> genderFromKey(const QString &key);

QList<AgeBand> ageBands();
QString key(AgeBand a);
QString label(AgeBand a);
std::optional<AgeBand> ageBandFromKey(const QString &key);

QList<Category> categories(); ///< without Unspecified
QString key(Category c);
QString label(Category c);
std::optional<Category> categoryFromKey(const QString &key);

QList<Role> roles();
QString key(Role r);
QString label(Role r);
std::optional<Role> roleFromKey(const QString &key);
QString rolesToKeys(const Roles &roles); ///< space-separated keys
Roles rolesFromKeys(const QString &keys, QStringList *unknown = nullptr);
QString rolesLabel(const Roles &roles); ///< comma-separated labels

QList<ParticipantStatus> participantStatuses();
QString key(ParticipantStatus s);
QString label(ParticipantStatus s);
std::optional<ParticipantStatus> participantStatusFromKey(const QString &key);

QList<SlotKind> slotKinds();
QString key(SlotKind k);
QString label(SlotKind k);
std::optional<SlotKind> slotKindFromKey(const QString &key);

QList<ProposalStatus> proposalStatuses();
QString key(ProposalStatus s);
QString label(ProposalStatus s);
std::optional<ProposalStatus> proposalStatusFromKey(const QString &key);

} // namespace vocab
} // namespace cordee
