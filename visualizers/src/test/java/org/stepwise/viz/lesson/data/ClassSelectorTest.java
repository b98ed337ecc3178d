package org.stepwise.viz.lesson.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ClassSelectorTest {

    @Test
    void aClassNameWithAnUnderscoreIsShownAsWrittenNotReadAsAMnemonic() {
        List<ToggleButton> toggles = WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            ClassSelector selector = new ClassSelector();
            selector.setClassNames(List.of("class_0", "low_risk"));
            return selector.getChildren().stream().filter(ToggleButton.class::isInstance)
                    .map(ToggleButton.class::cast).toList();
        });

        assertThat(toggles).extracting(ToggleButton::getText).containsExactly("class_0", "low_risk");
        // With mnemonic parsing the underscore is swallowed: "class_0" showed as "class0".
        assertThat(toggles).noneMatch(ToggleButton::isMnemonicParsing);
    }
}
