package com.balancerstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Jackson never takes a Java class name from a file: no mapper turns on default typing, and no type is read by class
 * name ({@code JsonTypeInfo.Id.CLASS} or {@code MINIMAL_CLASS}); subtypes are named ({@code Id.NAME}) and listed.
 */
class NoDefaultTypingTest {
    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.balancerstudio");
    private static final JavaClasses FORBIDDEN_EXAMPLES = new ClassFileImporter()
            .importPackages("com.balancerstudio.typingexamples");

    static final ArchRule NO_DEFAULT_TYPING = noClasses()
            .should().callMethodWhere(turnsOnDefaultTyping())
            .because("default typing lets a file name any Java class to instantiate (a deserialization gadget)");

    static final ArchRule NO_TYPE_IDS_BY_CLASS_NAME = classes()
            .should(new ArchCondition<JavaClass>("not name subtypes by Java class in @JsonTypeInfo") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (var where : typeInfoByClassName(type)) {
                        events.add(SimpleConditionEvent.violated(type, where + " reads its type from a Java class name"
                                + " in the input; use JsonTypeInfo.Id.NAME with the subtypes listed"));
                    }
                }
            });

    @Test
    void noMapperOfTheApplicationTurnsOnDefaultTyping() {
        NO_DEFAULT_TYPING.check(APPLICATION);
    }

    @Test
    void noTypeOfTheApplicationIsReadByClassName() {
        NO_TYPE_IDS_BY_CLASS_NAME.check(APPLICATION);
    }

    @Test
    void theRulesFindEachForbiddenUse() {
        var calls = NO_DEFAULT_TYPING.evaluate(FORBIDDEN_EXAMPLES).getFailureReport().getDetails();
        var annotations = NO_TYPE_IDS_BY_CLASS_NAME.evaluate(FORBIDDEN_EXAMPLES).getFailureReport().getDetails();

        assertThat(calls).hasSize(2).anyMatch(d -> d.contains("activateDefaultTyping"))
                .anyMatch(d -> d.contains("enableDefaultTyping"));
        assertThat(annotations).hasSize(2).anyMatch(d -> d.contains("Id.CLASS"))
                .anyMatch(d -> d.contains("Id.MINIMAL_CLASS"));
    }

    private static DescribedPredicate<JavaMethodCall> turnsOnDefaultTyping() {
        return DescribedPredicate.describe("a mapper method that turns on default typing", call -> {
            var owner = call.getTargetOwner();
            var name = call.getName();
            boolean mapper = owner.isAssignableTo(ObjectMapper.class) || owner.isAssignableTo(MapperBuilder.class);
            return mapper && (name.startsWith("activateDefaultTyping") || name.startsWith("enableDefaultTyping")
                    || name.equals("setDefaultTyping"));
        });
    }

    /** Where the type, its fields, methods and parameters carry @JsonTypeInfo naming subtypes by class. */
    private static List<String> typeInfoByClassName(JavaClass type) {
        var found = new ArrayList<String>();
        type.getAnnotations().forEach(a -> byClassName(a, type.getName(), found));
        for (var member : type.getMembers()) {
            member.getAnnotations().forEach(a -> byClassName(a, member.getFullName(), found));
            if (member instanceof JavaCodeUnit unit) {
                unit.getParameterAnnotations().forEach(set -> set.forEach(a -> byClassName(a, unit.getFullName(), found)));
            }
        }
        return found;
    }

    private static void byClassName(JavaAnnotation<?> annotation, String where, List<String> found) {
        if (!annotation.getRawType().isEquivalentTo(JsonTypeInfo.class)) {
            return;
        }
        var use = annotation.get("use").orElse(null);
        if (use instanceof JavaEnumConstant constant
                && Set.of(JsonTypeInfo.Id.CLASS.name(), JsonTypeInfo.Id.MINIMAL_CLASS.name()).contains(constant.name())) {
            found.add(where + " (JsonTypeInfo.Id." + constant.name() + ")");
        }
    }
}
