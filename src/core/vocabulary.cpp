#include "vocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace cordee {

QList<Role> Roles::toList() const
{
    QList<Role> out;
    for (Role r : vocab::roles())
        if (has(r))
            out << r;
    return out;
}

namespace vocab {

namespace {

// One table per vocabulary: the stable key and the source text of its label, in enum order.
struct Entry
{
    const char *key;
    const char *label;
};

constexpr const char *kContext = "Vocabulary";

constexpr std::array kContinents{
    Entry{"africa", QT_TRANSLATE_NOOP("Vocabulary", "Africa")},
    Entry{"americas", QT_TRANSLATE_NOOP("Vocabulary", "Americas")},
    Entry{"asia", QT_TRANSLATE_NOOP("Vocabulary", "Asia")},
    Entry{"europe", QT_TRANSLATE_NOOP("Vocabulary", "Europe")},
    Entry{"oceania", QT_TRANSLATE_NOOP("Vocabulary", "Oceania")},
};
constexpr std::array kGenders{
    Entry{"not_stated", QT_TRANSLATE_NOOP("Vocabulary", "Not stated")},
    Entry{"F", QT_TRANSLATE_NOOP("Vocabulary", "Woman")},
    Entry{"M", QT_TRANSLATE_NOOP("Vocabulary", "Man")},
    Entry{"X", QT_TRANSLATE_NOOP("Vocabulary", "Other gender")},
};
constexpr std::array kAgeBands{
    Entry{"", QT_TRANSLATE_NOOP("Vocabulary", "Age not stated")},
    Entry{"under_25", QT_TRANSLATE_NOOP("Vocabulary", "Under 25")},
    Entry{"25_34", QT_TRANSLATE_NOOP("Vocabulary", "25–34")},
    Entry{"35_49", QT_TRANSLATE_NOOP("Vocabulary", "35–49")},
    Entry{"50_64", QT_TRANSLATE_NOOP("Vocabulary", "50–64")},
    Entry{"65_plus", QT_TRANSLATE_NOOP("Vocabulary", "65 and over")},
};
constexpr std::array kCategories{
    Entry{"", QT_TRANSLATE_NOOP("Vocabulary", "Category not stated")},
    Entry{"sse_entrepreneur", QT_TRANSLATE_NOOP("Vocabulary", "SSE entrepreneur")},
    Entry{"union_official", QT_TRANSLATE_NOOP("Vocabulary", "Union official")},
    Entry{"international_organisation", QT_TRANSLATE_NOOP("Vocabulary", "International organisation")},
    Entry{"practitioner", QT_TRANSLATE_NOOP("Vocabulary", "Practitioner")},
    Entry{"academic", QT_TRANSLATE_NOOP("Vocabulary", "Academic")},
    Entry{"public_authority", QT_TRANSLATE_NOOP("Vocabulary", "Public authority")},
    Entry{"other", QT_TRANSLATE_NOOP("Vocabulary", "Other category")},
};
constexpr std::array kRoles{
    Entry{"participant", QT_TRANSLATE_NOOP("Vocabulary", "Participant")},
    Entry{"facilitator", QT_TRANSLATE_NOOP("Vocabulary", "Facilitator")},
    Entry{"rapporteur", QT_TRANSLATE_NOOP("Vocabulary", "Rapporteur")},
    Entry{"speaker", QT_TRANSLATE_NOOP("Vocabulary", "Speaker")},
    Entry{"guest_of_honour", QT_TRANSLATE_NOOP("Vocabulary", "Guest of honour")},
    Entry{"organizer", QT_TRANSLATE_NOOP("Vocabulary", "Organizer")},
};
constexpr std::array kParticipantStatuses{
    Entry{"registered", QT_TRANSLATE_NOOP("Vocabulary", "Registered")},
    Entry{"present", QT_TRANSLATE_NOOP("Vocabulary", "Present")},
    Entry{"cancelled", QT_TRANSLATE_NOOP("Vocabulary", "Cancelled")},
};
constexpr std::array kSlotKinds{
    Entry{"conference", QT_TRANSLATE_NOOP("Vocabulary", "Conference")},
    Entry{"round_table", QT_TRANSLATE_NOOP("Vocabulary", "Round table")},
    Entry{"workshops", QT_TRANSLATE_NOOP("Vocabulary", "Workshops")},
    Entry{"break", QT_TRANSLATE_NOOP("Vocabulary", "Break")},
};
constexpr std::array kProposalStatuses{
    Entry{"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")},
    Entry{"submitted", QT_TRANSLATE_NOOP("Vocabulary", "Submitted")},
    Entry{"retained", QT_TRANSLATE_NOOP("Vocabulary", "Retained")},
    Entry{"rejected", QT_TRANSLATE_NOOP("Vocabulary", "Rejected")},
    Entry{"merged", QT_TRANSLATE_NOOP("Vocabulary", "Merged")},
};

template <typename E, std::size_t N>
QList<E> all(const std::array<Entry, N> &, std::size_t first = 0)
{
    QList<E> out;
    for (std::size_t i = first; i < N; ++i)
        out << static_cast<E>(i);
    return out;
}

template <typename E, std::size_t N>
QString keyOf(const std::array<Entry, N> &table, E value)
{
    return QString::fromLatin1(table.at(static_cast<std::size_t>(value)).key);
}

template <typename E, std::size_t N>
QString labelOf(const std::array<Entry, N> &table, E value)
{
    return QCoreApplication::translate(kContext, table.at(static_cast<std::size_t>(value)).label);
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<Entry, N> &table, const QString &key)
{
    for (std::size_t i = 0; i < N; ++i)
        if (key == QLatin1String(table[i].key))
            return static_cast<E>(i);
    return std::nullopt;
}

} // namespace

QList<Continent> continents()
{
    return all<Continent>(kContinents);
}
QString key(Continent c)
{
    return keyOf(kContinents, c);
}
QString label(Continent c)
{
    return labelOf(kContinents, c);
}
std::optional<Continent> continentFromKey(const QString &k)
{
    return fromKey<Continent>(kContinents, k);
}

QList<Gender> genders()
{
    return all<Gender>(kGenders);
}
QString key(Gender g)
{
    return keyOf(kGenders, g);
}
QString label(Gender g)
{
    return labelOf(kGenders, g);
}
std::optional<Gender> genderFromKey(const QString &k)
{
    return fromKey<Gender>(kGenders, k);
}

QList<AgeBand> ageBands()
{
    return all<AgeBand>(kAgeBands, 1);
}
QString key(AgeBand a)
{
    return keyOf(kAgeBands, a);
}
QString label(AgeBand a)
{
    return labelOf(kAgeBands, a);
}
std::optional<AgeBand> ageBandFromKey(const QString &k)
{
    return fromKey<AgeBand>(kAgeBands, k);
}

QList<Category> categories()
{
    return all<Category>(kCategories, 1);
}
QString key(Category c)
{
    return keyOf(kCategories, c);
}
QString label(Category c)
{
    return labelOf(kCategories, c);
}
std::optional<Category> categoryFromKey(const QString &k)
{
    return fromKey<Category>(kCategories, k);
}

QList<Role> roles()
{
    return all<Role>(kRoles);
}
QString key(Role r)
{
    return keyOf(kRoles, r);
}
QString label(Role r)
{
    return labelOf(kRoles, r);
}
std::optional<Role> roleFromKey(const QString &k)
{
    return fromKey<Role>(kRoles, k);
}

QString rolesToKeys(const Roles &roles)
{
    QStringList keys;
    for (Role r : roles.toList())
        keys << key(r);
    return keys.join(u' ');
}

Roles rolesFromKeys(const QString &keys, QStringList *unknown)
{
    Roles out;
    for (const QString &k : keys.split(u' ', Qt::SkipEmptyParts)) {
        if (const auto r = roleFromKey(k))
            out.set(*r);
        else if (unknown)
            *unknown << k;
    }
    return out;
}

QString rolesLabel(const Roles &roles)
{
    QStringList labels;
    for (Role r : roles.toList())
        labels << label(r);
    return labels.join(QStringLiteral(", "));
}

QList<ParticipantStatus> participantStatuses()
{
    return all<ParticipantStatus>(kParticipantStatuses);
}
QString key(ParticipantStatus s)
{
    return keyOf(kParticipantStatuses, s);
}
QString label(ParticipantStatus s)
{
    return labelOf(kParticipantStatuses, s);
}
std::optional<ParticipantStatus> participantStatusFromKey(const QString &k)
{
    return fromKey<ParticipantStatus>(kParticipantStatuses, k);
}

QList<SlotKind> slotKinds()
{
    return all<SlotKind>(kSlotKinds);
}
QString key(SlotKind k)
{
    return keyOf(kSlotKinds, k);
}
QString label(SlotKind k)
{
    return labelOf(kSlotKinds, k);
}
std::optional<SlotKind> slotKindFromKey(const QString &k)
{
    return fromKey<SlotKind>(kSlotKinds, k);
}

QList<ProposalStatus> proposalStatuses()
{
    return all<ProposalStatus>(kProposalStatuses);
}
QString key(ProposalStatus s)
{
    return keyOf(kProposalStatuses, s);
}
QString label(ProposalStatus s)
{
    return labelOf(kProposalStatuses, s);
}
std::optional<ProposalStatus> proposalStatusFromKey(const QString &k)
{
    return fromKey<ProposalStatus>(kProposalStatuses, k);
}

} // namespace vocab
} // namespace cordee
