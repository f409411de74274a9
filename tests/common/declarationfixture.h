#pragma once
// A small, fixed forum for the declaration's tests (core, exchange golden files, PDF, CLI): eight people of
// whom one cancelled (the only one from Oceania and from Australia), guests whose names are written in
// Latin, Arabic, Chinese and Vietnamese, free texts with French and Spanish wordings, and proposals of every
// status. Markers in capitals (REJECTED, DRAFT, SUBMITTED, MERGED) name texts that must never be written.

#include "declaration.h"
#include "forumdata.h"

namespace cordee::test {

inline Participant declarationPerson(const char *first, const char *last, const char *country, Gender gender,
                                     Category category, ParticipantStatus status = ParticipantStatus::Present)
{
    Participant p;
    p.firstName = QString::fromUtf8(first);
    p.lastName = QString::fromUtf8(last);
    p.country = QString::fromLatin1(country);
    p.gender = gender;
    p.category = category;
    p.status = status;
    p.languages = {QStringLiteral("es")};
    return p;
}

/// The forum without its proposals: what `new --from` or writeForumData() stores.
inline ForumData declarationForum()
{
    ForumData data;
    ForumInfo &info = data.info;
    info.title = QStringLiteral("Andean Forum of Cooperative Enterprises");
    info.edition = 3;
    info.theme = QStringLiteral("Which cooperation for the mountain economies?");
    info.city = QStringLiteral("Cusco");
    info.country = QStringLiteral("PE");
    info.startDate = QDate(2027, 5, 11);
    info.endDate = QDate(2027, 5, 13);
    info.organizer = QStringLiteral("Red Andina de Cooperativas");
    info.languages = {QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("fr")};
    data.themes << Theme{0, QStringLiteral("T1"), QStringLiteral("Fair trade"), QString()}
                << Theme{0, QStringLiteral("T2"), QStringLiteral("Water"), QString()};
    using C = Category;
    using G = Gender;
    data.participants << declarationPerson("Rosa", "Huamán Quispe", "PE", G::Female, C::PublicAuthority)
                      << declarationPerson("Julio", "Mamani", "PE", G::Male, C::SseEntrepreneur)
                      << declarationPerson("Ana", "Choque", "BO", G::Female, C::SseEntrepreneur)
                      << declarationPerson("Hélène", "Vasseur", "FR", G::Female, C::Academic)
                      << declarationPerson("Moussa", "Ndiaye", "SN", G::Male, C::UnionOfficial,
                                           ParticipantStatus::Registered)
                      << declarationPerson("Hương", "Nguyễn Thị", "VN", G::Female, C::Unspecified)
                      << declarationPerson("ليلى", "حسن", "EG", G::Female, C::Academic)
                      << declarationPerson("Jack", "Hollis", "AU", G::Male, C::InternationalOrganisation,
                                           ParticipantStatus::Cancelled);

    DeclarationTexts &t = data.declaration;
    t.patronage = QStringLiteral("This third edition was held under the patronage of the Regional Government "
                                 "of Cusco.\nIts President opened the forum in person.");
    t.closing = QStringLiteral("These commitments will be reported on at the next edition.");
    t.conclusion = QStringLiteral("The participants thank the cooperatives of Cusco for their welcome.");
    Guest rosa{QStringLiteral("Rosa Huamán Quispe"), QStringLiteral("Regional Governor of Cusco")};
    rosa.titles.insert(QStringLiteral("es"), QStringLiteral("Gobernadora Regional del Cusco"));
    rosa.titles.insert(QStringLiteral("fr"), QStringLiteral("Gouverneure régionale de Cusco"));
    t.guests << rosa << Guest{QStringLiteral("ليلى حسن"), QStringLiteral("Mediterranean Cooperative Network")}
             << Guest{QStringLiteral("李伟"), QStringLiteral("Asia-Pacific Cooperative Office")}
             << Guest{QStringLiteral("Nguyễn Thị Hương"), QString()};
    DeclarationFreeTexts &fr = t.translations[QStringLiteral("fr")];
    fr.forumName = QStringLiteral("Forum andin des entreprises coopératives");
    fr.patronage = QStringLiteral("Cette troisième édition s’est tenue sous le patronage du gouvernement "
                                  "régional de Cusco.");
    fr.conclusion =
        QStringLiteral("Les participants remercient les coopératives de Cusco pour leur accueil.");
    DeclarationFreeTexts &es = t.translations[QStringLiteral("es")];
    es.forumName = QStringLiteral("Foro Andino de Empresas Cooperativas");
    es.question = QStringLiteral("¿Qué cooperación para las economías de montaña?");
    es.decisionIntro = QStringLiteral("Por todo ello, las y los participantes deciden:");
    es.closing = QStringLiteral("Se rendirá cuenta de estos compromisos en la próxima edición.");
    return data;
}

inline Proposal declarationProposal(const char *key, const char *text, ProposalStatus status, int position,
                                    const char *theme = "", const char *parent = "")
{
    Proposal p;
    p.key = QString::fromLatin1(key);
    p.text = QString::fromUtf8(text);
    p.status = status;
    p.position = position;
    p.theme = QString::fromLatin1(theme);
    p.parent = QString::fromLatin1(parent);
    return p;
}

/// The committee's order: P-0013, P-0002 (with P-0003, P-0006 and P-0006's P-0007 under it), P-0001,
/// P-0012. Themes: T1 for the first two, T2 for P-0001, none for P-0012.
inline ProposalSet declarationProposals()
{
    using S = ProposalStatus;
    ProposalSet set;
    set.proposals
        << declarationProposal("P-0001", "Protect the headwaters of every valley as a commons.", S::Retained,
                               2, "T2")
        << declarationProposal("P-0002", "Create a fair-trade label for mountain cooperatives.", S::Retained,
                               1, "T1")
        << declarationProposal("P-0003", "Open it to producer groups of fewer than ten members.",
                               S::Submitted, 0, "T1", "P-0002")
        << declarationProposal("P-0004", "REJECTED sub-point about fees.", S::Rejected, 1, "T1", "P-0002")
        << declarationProposal("P-0005", "DRAFT sub-point about logos.", S::Draft, 2, "T1", "P-0002")
        << declarationProposal("P-0006", "Review its criteria every three years.", S::Retained, 3, "T1",
                               "P-0002")
        << declarationProposal("P-0007", "With the producers themselves.", S::Submitted, 0, "T1", "P-0006")
        << declarationProposal("P-0008", "REJECTED proposal to close the markets.", S::Rejected, 0, "T1")
        << declarationProposal("P-0009", "DRAFT proposal never handed in.", S::Draft, 1, "T2")
        << declarationProposal("P-0010", "SUBMITTED proposal the committee did not retain.", S::Submitted, 2,
                               "T2")
        << declarationProposal("P-0011", "MERGED proposal about springs.", S::Merged, 3, "T2")
        << declarationProposal("P-0012",
                               "Publish the 2027–2029 plan <online> & in print, with *all* figures.",
                               S::Retained, 3)
        << declarationProposal("P-0013", "Bring cooperative banks to lend to mountain producers.",
                               S::Retained, 0, "T1");
    set.proposals[10].mergedInto = QStringLiteral("P-0001");
    return set;
}

/// The keys the declaration writes, in reading order.
inline QStringList declarationWrittenKeys()
{
    return {QStringLiteral("P-0013"), QStringLiteral("P-0002"), QStringLiteral("P-0003"),
            QStringLiteral("P-0006"), QStringLiteral("P-0007"), QStringLiteral("P-0001"),
            QStringLiteral("P-0012")};
}

/// The builder's input for the fixture in `language`.
inline DeclarationInput declarationInput(const QString &language, bool groupByTheme = false)
{
    const ForumData data = declarationForum();
    DeclarationInput input;
    input.info = data.info;
    input.stats = ForumStats::compute(data.participants);
    input.texts = data.declaration;
    input.proposals = declarationProposals();
    input.themes = data.themes;
    input.language = language;
    input.groupByTheme = groupByTheme;
    return input;
}

} // namespace cordee::test
