#pragma once

class QComboBox;

namespace cordee {

/// Fills `combo` with an empty entry and every country, named and sorted (accent-blind) in the UI language,
/// each carrying its alpha-2 code as item data.
void fillCountryCombo(QComboBox *combo);

} // namespace cordee
