// "What's this?" (Shift+F1, Help menu) on the exploration view's controls: what each one does
// and how it connects to the others, in a few sentences of the paper's vocabulary.
#pragma once

namespace inversize::ui::exploration {

class ExplorationView;
void add_whats_this(ExplorationView& view);

}  // namespace inversize::ui::exploration
