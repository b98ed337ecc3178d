package org.stepwise.viz.lesson.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.data.GeneratorOptions;

class TryItTest {

    @Test
    void readsDataItemsApartFromParametersInTheOrderWritten() {
        TryIt settings = TryIt.parse("try:data=circles;noise=0.2;points=120;classes=3;degree=2;standardize;"
                + "testSize=0.2;seed=7;penalty=none");
        assertThat(settings.data()).isEqualTo("circles");
        assertThat(settings.params()).containsExactly(Map.entry("degree", "2"), Map.entry("penalty", "none"));
        assertThat(settings.standardize()).isTrue();
        assertThat(settings.testSize()).isEqualTo(0.2);
        assertThat(settings.seed()).isEqualTo(7);
        assertThat(settings.generatorOptions()).isEqualTo(new GeneratorOptions(120, 0.2, 3, 7));
    }

    @Test
    void whatIsNotDeclaredIsTheLessonAsItOpens() {
        TryIt settings = TryIt.parse("try:");
        assertThat(settings.namesData()).isFalse();
        assertThat(settings.params()).isEmpty();
        assertThat(settings.standardize()).isFalse();
        assertThat(settings.testSize()).isZero();
        assertThat(settings.seed()).isZero();
        assertThat(TryIt.parse("try:data=moons").generatorOptions()).isEqualTo(GeneratorOptions.defaults());
        assertThat(TryIt.parse("try:standardize=false").standardize()).isFalse();
        assertThat(TryIt.parse("try: learningRate = 0.5 ").params()).containsExactly(Map.entry("learningRate", "0.5"));
    }

    @Test
    void refusesMalformedDeclarationsSayingWhat() {
        assertThatThrownBy(() -> TryIt.parse("http://example.org")).hasMessageContaining("starts with 'try:'");
        assertThatThrownBy(() -> TryIt.parse("try:degree=2;;C=1")).hasMessageContaining("empty item");
        assertThatThrownBy(() -> TryIt.parse("try:degree")).hasMessageContaining("'degree' needs a value");
        assertThatThrownBy(() -> TryIt.parse("try:degree=2;degree=3")).hasMessageContaining("set twice");
        assertThatThrownBy(() -> TryIt.parse("try:2x=1")).hasMessageContaining("not a name");
        assertThatThrownBy(() -> TryIt.parse("try:solver=new ton")).hasMessageContaining("words or numbers");
        assertThatThrownBy(() -> TryIt.parse("try:data=moons;points=many")).hasMessageContaining("not one");
        assertThatThrownBy(() -> TryIt.parse("try:standardize=yes")).hasMessageContaining("standardize=true");
        assertThatThrownBy(() -> TryIt.parse("try:noise=0.3")).hasMessageContaining("name it with data=");
    }

    @Test
    void aCardReadsTryItLinksAsButtonsAndOtherBracketsAsText() {
        List<CardDocument.Inline> runs = InlineParser.parse(
                "Set [the degree] to 3. [Try it](try:degree=3) and [more](http://x).", 4);
        assertThat(runs).containsExactly(new CardDocument.Text("Set [the degree] to 3. ", false),
                new CardDocument.TryItLink("Try it", TryIt.parse("try:degree=3")),
                new CardDocument.Text(" and [more](http://x).", false));
    }

    @Test
    void aBrokenDeclarationInACardNamesItsLine() {
        assertThatThrownBy(() -> InlineParser.parse("Go. [Try it](try:degree)", 9))
                .hasMessageStartingWith("card line 9: 'degree' needs a value");
        assertThatThrownBy(() -> InlineParser.parse("Go. [Try it](try:degree=3", 9))
                .hasMessageContaining("never closed with ')'");
        assertThatThrownBy(() -> InlineParser.parse("Go. [](try:degree=3)", 9)).hasMessageContaining("needs a text");
    }

    @Test
    void theCardListsItsExperimentsInReadingOrder() {
        CardDocument card = CardDocument.load("logistic-regression");
        assertThat(card.experiments()).hasSize(3);
        assertThat(card.experiments().get(0).params()).containsExactly(Map.entry("degree", "3"));
    }
}
