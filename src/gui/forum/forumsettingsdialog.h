#pragma once

#include "forum.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cordee {

/// The forum's settings: title, edition, theme, dates, place, organizer, languages and workshop sizes,
/// checked before they are accepted.
class ForumSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ForumSettingsDialog(QWidget *parent = nullptr);

    void setInfo(const ForumInfo &info);
    ForumInfo info() const;
    void accept() override;

private:
    ForumInfo m_original;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_edition = nullptr;
    QLineEdit *m_theme = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_country = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLineEdit *m_organizer = nullptr;
    QLineEdit *m_languages = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cordee
