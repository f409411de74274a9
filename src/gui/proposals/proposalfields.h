#pragma once

#include "proposal.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace cordee {

class ActorsEdit;
class ForumDocument;

/// The fields of the proposal being captured, beside the outline: theme, status, the support it had in the
/// room, its rapporteur, the actors it calls on and its Sustainable Development Goals (with their names).
/// Every change is told at once, to be written as an undoable step.
class ProposalFields : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalFields(QWidget *parent = nullptr);

    void setDocument(ForumDocument *document);
    /// Shows the proposal `key` (empty or unknown: nothing to edit, the fields disabled).
    void showProposal(const QString &key);
    QString key() const { return m_key; }

    /// Rebuilds the choices (themes, people, known actors) after the programme or the people changed.
    void refreshChoices();
    /// After the proposals changed: the actors named elsewhere, and the proposal shown as it is now.
    void refreshProposal();

Q_SIGNALS:
    /// The user changed `field` of the proposal: `changed` is the whole proposal as it should become.
    void edited(const cordee::Proposal &changed, const QString &field);
    void statusChosen(const QString &key, cordee::ProposalStatus status);

private:
    void fill(const Proposal &p);
    void emitEdit(const QString &field, const std::function<void(Proposal &)> &change);

    ForumDocument *m_document = nullptr;
    QString m_key;
    QStringList m_knownActors; ///< as written in the proposals, before normalizing
    QLabel *m_title = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_support = nullptr;
    QComboBox *m_rapporteur = nullptr;
    ActorsEdit *m_actors = nullptr;
    QListWidget *m_sdgs = nullptr;
};

} // namespace cordee
