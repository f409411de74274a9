#pragma once

#include "forum.h"
#include "participant.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cordee {

/// Adds or edits one participant. Checks the fields with the domain's validation and keeps the dialog open,
/// with the problem said next to the buttons and the field focused, until they are right.
class ParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    ParticipantDialog(const QList<Theme> &themes, const QList<TimeSlot> &slotList, QWidget *parent = nullptr);
    ~ParticipantDialog() override;

    void setParticipant(const Participant &participant);
    Participant participant() const;

    void accept() override;

private:
    QWidget *buildIdentity();
    QWidget *buildForumPart();
    void showProblem(const QString &field, const QString &message);

    QList<Theme> m_themes;
    QList<TimeSlot> m_workshopSlots;
    Participant m_original;

    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_ageBand = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_languages = nullptr;
    QList<QComboBox *> m_preferences;
    QList<QCheckBox *> m_roles;
    QListWidget *m_availability = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cordee
