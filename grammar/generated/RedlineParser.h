// GENERATED FILE: do not edit. Produced from grammar/Redline.g4 by grammar/regenerate.sh
// ANTLR tool version: Version 4.7.2
// Redline.g4 sha256: 8e67c601f31644c2b70fa175595fc9b0548336a06bab556af75a1ba3f8a4557e

// Generated from Redline.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace redline_generated {


class  RedlineParser : public antlr4::Parser {
public:
  enum {
    T__0 = 1, T__1 = 2, T__2 = 3, T__3 = 4, T__4 = 5, T__5 = 6, T__6 = 7, 
    T__7 = 8, T__8 = 9, T__9 = 10, T__10 = 11, T__11 = 12, T__12 = 13, T__13 = 14, 
    T__14 = 15, T__15 = 16, T__16 = 17, T__17 = 18, T__18 = 19, T__19 = 20, 
    T__20 = 21, T__21 = 22, T__22 = 23, T__23 = 24, T__24 = 25, T__25 = 26, 
    T__26 = 27, T__27 = 28, T__28 = 29, T__29 = 30, T__30 = 31, T__31 = 32, 
    T__32 = 33, T__33 = 34, T__34 = 35, T__35 = 36, T__36 = 37, T__37 = 38, 
    T__38 = 39, T__39 = 40, T__40 = 41, T__41 = 42, T__42 = 43, T__43 = 44, 
    T__44 = 45, T__45 = 46, T__46 = 47, T__47 = 48, T__48 = 49, T__49 = 50, 
    T__50 = 51, T__51 = 52, T__52 = 53, T__53 = 54, T__54 = 55, T__55 = 56, 
    T__56 = 57, T__57 = 58, T__58 = 59, T__59 = 60, T__60 = 61, T__61 = 62, 
    T__62 = 63, T__63 = 64, T__64 = 65, T__65 = 66, T__66 = 67, T__67 = 68, 
    T__68 = 69, T__69 = 70, T__70 = 71, T__71 = 72, T__72 = 73, T__73 = 74, 
    T__74 = 75, T__75 = 76, T__76 = 77, T__77 = 78, T__78 = 79, T__79 = 80, 
    T__80 = 81, T__81 = 82, T__82 = 83, T__83 = 84, T__84 = 85, T__85 = 86, 
    T__86 = 87, T__87 = 88, T__88 = 89, T__89 = 90, T__90 = 91, T__91 = 92, 
    T__92 = 93, T__93 = 94, T__94 = 95, T__95 = 96, T__96 = 97, T__97 = 98, 
    T__98 = 99, KEY = 100, OUTPUT = 101, NOT = 102, AND = 103, OR = 104, 
    QUESTION = 105, INTERVAL = 106, CITATION = 107, UNTERMINATED_CITATION = 108, 
    STRING = 109, UNTERMINATED_STRING = 110, DATE = 111, DECIMAL = 112, 
    INT = 113, IDENT = 114, LINE_COMMENT = 115, BLOCK_COMMENT = 116, WS = 117, 
    ERROR_CHAR = 118
  };

  enum {
    RuleFile = 0, RuleHeader = 1, RuleDeclaration = 2, RuleEnumDecl = 3, 
    RuleEnumMember = 4, RuleEntityDecl = 5, RuleFieldDecl = 6, RuleFieldCheck = 7, 
    RuleType = 8, RuleParamDecl = 9, RuleParamValues = 10, RuleScaleValue = 11, 
    RuleScaleBracket = 12, RuleCycleDecl = 13, RuleRuleDecl = 14, RuleRuleParam = 15, 
    RuleActClause = 16, RuleDueClause = 17, RuleRuleBody = 18, RuleAnnotation = 19, 
    RuleExceptionClause = 20, RuleTableExpr = 21, RuleHitPolicy = 22, RuleTableRow = 23, 
    RuleCell = 24, RuleCellTest = 25, RuleCompareOp = 26, RuleAmendment = 27, 
    RuleAmendable = 28, RuleTestDecl = 29, RuleTestItem = 30, RuleFieldValue = 31, 
    RuleExpr = 32, RulePrimary = 33, RuleMatchArm = 34, RulePattern = 35, 
    RuleName = 36
  };

  RedlineParser(antlr4::TokenStream *input);
  ~RedlineParser();

  virtual std::string getGrammarFileName() const override;
  virtual const antlr4::atn::ATN& getATN() const override { return _atn; };
  virtual const std::vector<std::string>& getTokenNames() const override { return _tokenNames; }; // deprecated: use vocabulary instead.
  virtual const std::vector<std::string>& getRuleNames() const override;
  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;


  class FileContext;
  class HeaderContext;
  class DeclarationContext;
  class EnumDeclContext;
  class EnumMemberContext;
  class EntityDeclContext;
  class FieldDeclContext;
  class FieldCheckContext;
  class TypeContext;
  class ParamDeclContext;
  class ParamValuesContext;
  class ScaleValueContext;
  class ScaleBracketContext;
  class CycleDeclContext;
  class RuleDeclContext;
  class RuleParamContext;
  class ActClauseContext;
  class DueClauseContext;
  class RuleBodyContext;
  class AnnotationContext;
  class ExceptionClauseContext;
  class TableExprContext;
  class HitPolicyContext;
  class TableRowContext;
  class CellContext;
  class CellTestContext;
  class CompareOpContext;
  class AmendmentContext;
  class AmendableContext;
  class TestDeclContext;
  class TestItemContext;
  class FieldValueContext;
  class ExprContext;
  class PrimaryContext;
  class MatchArmContext;
  class PatternContext;
  class NameContext; 

  class  FileContext : public antlr4::ParserRuleContext {
  public:
    FileContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *EOF();
    HeaderContext *header();
    std::vector<DeclarationContext *> declaration();
    DeclarationContext* declaration(size_t i);

   
  };

  FileContext* file();

  class  HeaderContext : public antlr4::ParserRuleContext {
  public:
    HeaderContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    HeaderContext() = default;
    void copyFrom(HeaderContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  PolicyHeaderContext : public HeaderContext {
  public:
    PolicyHeaderContext(HeaderContext *ctx);

    NameContext *name();
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *CITATION();
  };

  class  TestsHeaderContext : public HeaderContext {
  public:
    TestsHeaderContext(HeaderContext *ctx);

    antlr4::tree::TerminalNode *STRING();
  };

  class  ModificationHeaderContext : public HeaderContext {
  public:
    ModificationHeaderContext(HeaderContext *ctx);

    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *CITATION();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    antlr4::tree::TerminalNode *DATE();
  };

  HeaderContext* header();

  class  DeclarationContext : public antlr4::ParserRuleContext {
  public:
    DeclarationContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    EnumDeclContext *enumDecl();
    EntityDeclContext *entityDecl();
    ParamDeclContext *paramDecl();
    CycleDeclContext *cycleDecl();
    RuleDeclContext *ruleDecl();
    TestDeclContext *testDecl();
    AmendmentContext *amendment();

   
  };

  DeclarationContext* declaration();

  class  EnumDeclContext : public antlr4::ParserRuleContext {
  public:
    EnumDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    std::vector<EnumMemberContext *> enumMember();
    EnumMemberContext* enumMember(size_t i);
    antlr4::tree::TerminalNode *CITATION();

   
  };

  EnumDeclContext* enumDecl();

  class  EnumMemberContext : public antlr4::ParserRuleContext {
  public:
    EnumMemberContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    antlr4::tree::TerminalNode *STRING();

   
  };

  EnumMemberContext* enumMember();

  class  EntityDeclContext : public antlr4::ParserRuleContext {
  public:
    EntityDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    antlr4::tree::TerminalNode *CITATION();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<FieldDeclContext *> fieldDecl();
    FieldDeclContext* fieldDecl(size_t i);

   
  };

  EntityDeclContext* entityDecl();

  class  FieldDeclContext : public antlr4::ParserRuleContext {
  public:
    FieldDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    TypeContext *type();
    antlr4::tree::TerminalNode *KEY();
    std::vector<FieldCheckContext *> fieldCheck();
    FieldCheckContext* fieldCheck(size_t i);

   
  };

  FieldDeclContext* fieldDecl();

  class  FieldCheckContext : public antlr4::ParserRuleContext {
  public:
    FieldCheckContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    CompareOpContext *compareOp();
    ExprContext *expr();

   
  };

  FieldCheckContext* fieldCheck();

  class  TypeContext : public antlr4::ParserRuleContext {
  public:
    TypeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    TypeContext() = default;
    void copyFrom(TypeContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  NamedTypeContext : public TypeContext {
  public:
    NamedTypeContext(TypeContext *ctx);

    NameContext *name();
    antlr4::tree::TerminalNode *QUESTION();
  };

  class  ScaleTypeContext : public TypeContext {
  public:
    ScaleTypeContext(TypeContext *ctx);

    NameContext *name();
    antlr4::tree::TerminalNode *QUESTION();
  };

  class  SetTypeContext : public TypeContext {
  public:
    SetTypeContext(TypeContext *ctx);

    NameContext *name();
    antlr4::tree::TerminalNode *QUESTION();
  };

  TypeContext* type();

  class  ParamDeclContext : public antlr4::ParserRuleContext {
  public:
    ParamDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    TypeContext *type();
    ParamValuesContext *paramValues();
    antlr4::tree::TerminalNode *CITATION();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);

   
  };

  ParamDeclContext* paramDecl();

  class  ParamValuesContext : public antlr4::ParserRuleContext {
  public:
    ParamValuesContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    std::vector<ScaleValueContext *> scaleValue();
    ScaleValueContext* scaleValue(size_t i);
    std::vector<antlr4::tree::TerminalNode *> DATE();
    antlr4::tree::TerminalNode* DATE(size_t i);

   
  };

  ParamValuesContext* paramValues();

  class  ScaleValueContext : public antlr4::ParserRuleContext {
  public:
    ScaleValueContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<ScaleBracketContext *> scaleBracket();
    ScaleBracketContext* scaleBracket(size_t i);

   
  };

  ScaleValueContext* scaleValue();

  class  ScaleBracketContext : public antlr4::ParserRuleContext {
  public:
    ScaleBracketContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);

   
  };

  ScaleBracketContext* scaleBracket();

  class  CycleDeclContext : public antlr4::ParserRuleContext {
  public:
    CycleDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    TypeContext *type();
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *CITATION();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);

   
  };

  CycleDeclContext* cycleDecl();

  class  RuleDeclContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *kind = nullptr;;
    RuleDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    RuleBodyContext *ruleBody();
    antlr4::tree::TerminalNode *OUTPUT();
    std::vector<RuleParamContext *> ruleParam();
    RuleParamContext* ruleParam(size_t i);
    TypeContext *type();
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *CITATION();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    ActClauseContext *actClause();
    DueClauseContext *dueClause();
    std::vector<ExceptionClauseContext *> exceptionClause();
    ExceptionClauseContext* exceptionClause(size_t i);

   
  };

  RuleDeclContext* ruleDecl();

  class  RuleParamContext : public antlr4::ParserRuleContext {
  public:
    RuleParamContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    TypeContext *type();

   
  };

  RuleParamContext* ruleParam();

  class  ActClauseContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *kind = nullptr;;
    ActClauseContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();

   
  };

  ActClauseContext* actClause();

  class  DueClauseContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *kind = nullptr;;
    DueClauseContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    ExprContext *expr();

   
  };

  DueClauseContext* dueClause();

  class  RuleBodyContext : public antlr4::ParserRuleContext {
  public:
    RuleBodyContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    TableExprContext *tableExpr();
    ExprContext *expr();

   
  };

  RuleBodyContext* ruleBody();

  class  AnnotationContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *kind = nullptr;;
    AnnotationContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STRING();

   
  };

  AnnotationContext* annotation();

  class  ExceptionClauseContext : public antlr4::ParserRuleContext {
  public:
    ExceptionClauseContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *CITATION();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);

   
  };

  ExceptionClauseContext* exceptionClause();

  class  TableExprContext : public antlr4::ParserRuleContext {
  public:
    TableExprContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    HitPolicyContext *hitPolicy();
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    std::vector<TableRowContext *> tableRow();
    TableRowContext* tableRow(size_t i);

   
  };

  TableExprContext* tableExpr();

  class  HitPolicyContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *agg = nullptr;;
    HitPolicyContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *OUTPUT();

   
  };

  HitPolicyContext* hitPolicy();

  class  TableRowContext : public antlr4::ParserRuleContext {
  public:
    TableRowContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    TableRowContext() = default;
    void copyFrom(TableRowContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  ConditionRowContext : public TableRowContext {
  public:
    ConditionRowContext(TableRowContext *ctx);

    std::vector<CellContext *> cell();
    CellContext* cell(size_t i);
    ExprContext *expr();
    NameContext *name();
    antlr4::tree::TerminalNode *CITATION();
  };

  class  OtherwiseRowContext : public TableRowContext {
  public:
    OtherwiseRowContext(TableRowContext *ctx);

    ExprContext *expr();
    antlr4::tree::TerminalNode *CITATION();
  };

  TableRowContext* tableRow();

  class  CellContext : public antlr4::ParserRuleContext {
  public:
    CellContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    CellContext() = default;
    void copyFrom(CellContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  IntervalCellContext : public CellContext {
  public:
    IntervalCellContext(CellContext *ctx);

    antlr4::tree::TerminalNode *INTERVAL();
  };

  class  CompareCellContext : public CellContext {
  public:
    CompareCellContext(CellContext *ctx);

    CompareOpContext *compareOp();
    ExprContext *expr();
  };

  class  AnyCellContext : public CellContext {
  public:
    AnyCellContext(CellContext *ctx);

  };

  class  OrCellContext : public CellContext {
  public:
    OrCellContext(CellContext *ctx);

    std::vector<CellTestContext *> cellTest();
    CellTestContext* cellTest(size_t i);
    std::vector<antlr4::tree::TerminalNode *> OR();
    antlr4::tree::TerminalNode* OR(size_t i);
  };

  class  ValueCellContext : public CellContext {
  public:
    ValueCellContext(CellContext *ctx);

    ExprContext *expr();
  };

  CellContext* cell();

  class  CellTestContext : public antlr4::ParserRuleContext {
  public:
    CellTestContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    CompareOpContext *compareOp();
    ExprContext *expr();
    antlr4::tree::TerminalNode *INTERVAL();

   
  };

  CellTestContext* cellTest();

  class  CompareOpContext : public antlr4::ParserRuleContext {
  public:
    CompareOpContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;

   
  };

  CompareOpContext* compareOp();

  class  AmendmentContext : public antlr4::ParserRuleContext {
  public:
    AmendmentContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    AmendmentContext() = default;
    void copyFrom(AmendmentContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  SubstituteParamContext : public AmendmentContext {
  public:
    SubstituteParamContext(AmendmentContext *ctx);

    NameContext *name();
    ScaleBracketContext *scaleBracket();
    ParamValuesContext *paramValues();
    antlr4::tree::TerminalNode *INT();
    antlr4::tree::TerminalNode *CITATION();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    antlr4::tree::TerminalNode *DATE();
  };

  class  ReplaceAmendmentContext : public AmendmentContext {
  public:
    ReplaceAmendmentContext(AmendmentContext *ctx);

    AmendableContext *amendable();
  };

  class  RepealDeclContext : public AmendmentContext {
  public:
    RepealDeclContext(AmendmentContext *ctx);

    antlr4::Token *target = nullptr;
    NameContext *name();
    antlr4::tree::TerminalNode *CITATION();
  };

  class  RepealExceptionContext : public AmendmentContext {
  public:
    RepealExceptionContext(AmendmentContext *ctx);

    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *CITATION();
  };

  class  RepealRowContext : public AmendmentContext {
  public:
    RepealRowContext(AmendmentContext *ctx);

    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *CITATION();
  };

  class  RepealFieldContext : public AmendmentContext {
  public:
    RepealFieldContext(AmendmentContext *ctx);

    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *CITATION();
  };

  class  InsertAmendmentContext : public AmendmentContext {
  public:
    InsertAmendmentContext(AmendmentContext *ctx);

    AmendableContext *amendable();
  };

  AmendmentContext* amendment();

  class  AmendableContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *position = nullptr;;
    AmendableContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    RuleDeclContext *ruleDecl();
    ParamDeclContext *paramDecl();
    CycleDeclContext *cycleDecl();
    EnumDeclContext *enumDecl();
    EntityDeclContext *entityDecl();
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    TypeContext *type();
    std::vector<FieldCheckContext *> fieldCheck();
    FieldCheckContext* fieldCheck(size_t i);
    antlr4::tree::TerminalNode *CITATION();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    std::vector<CellContext *> cell();
    CellContext* cell(size_t i);

   
  };

  AmendableContext* amendable();

  class  TestDeclContext : public antlr4::ParserRuleContext {
  public:
    TestDeclContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *CITATION();
    std::vector<TestItemContext *> testItem();
    TestItemContext* testItem(size_t i);

   
  };

  TestDeclContext* testDecl();

  class  TestItemContext : public antlr4::ParserRuleContext {
  public:
    TestItemContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    TestItemContext() = default;
    void copyFrom(TestItemContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  ExpectItemContext : public TestItemContext {
  public:
    ExpectItemContext(TestItemContext *ctx);

    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    ExprContext *expr();
  };

  class  AsOfItemContext : public TestItemContext {
  public:
    AsOfItemContext(TestItemContext *ctx);

    antlr4::tree::TerminalNode *DATE();
  };

  class  ParamItemContext : public TestItemContext {
  public:
    ParamItemContext(TestItemContext *ctx);

    NameContext *name();
    ExprContext *expr();
  };

  class  GivenDataItemContext : public TestItemContext {
  public:
    GivenDataItemContext(TestItemContext *ctx);

    NameContext *name();
    antlr4::tree::TerminalNode *STRING();
  };

  class  ExpectErrorItemContext : public TestItemContext {
  public:
    ExpectErrorItemContext(TestItemContext *ctx);

    antlr4::tree::TerminalNode *STRING();
  };

  class  GivenItemContext : public TestItemContext {
  public:
    GivenItemContext(TestItemContext *ctx);

    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    std::vector<FieldValueContext *> fieldValue();
    FieldValueContext* fieldValue(size_t i);
  };

  class  AmendItemContext : public TestItemContext {
  public:
    AmendItemContext(TestItemContext *ctx);

    antlr4::tree::TerminalNode *STRING();
  };

  TestItemContext* testItem();

  class  FieldValueContext : public antlr4::ParserRuleContext {
  public:
    FieldValueContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    ExprContext *expr();

   
  };

  FieldValueContext* fieldValue();

  class  ExprContext : public antlr4::ParserRuleContext {
  public:
    ExprContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    ExprContext() = default;
    void copyFrom(ExprContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  AssignMistakeContext : public ExprContext {
  public:
    AssignMistakeContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  AtExprContext : public ExprContext {
  public:
    AtExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  WithinExprContext : public ExprContext {
  public:
    WithinExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  IsNoneExprContext : public ExprContext {
  public:
    IsNoneExprContext(ExprContext *ctx);

    ExprContext *expr();
    antlr4::tree::TerminalNode *NOT();
  };

  class  InExprContext : public ExprContext {
  public:
    InExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *NOT();
  };

  class  OrExprContext : public ExprContext {
  public:
    OrExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *OR();
  };

  class  FieldExprContext : public ExprContext {
  public:
    FieldExprContext(ExprContext *ctx);

    ExprContext *expr();
    NameContext *name();
  };

  class  CoalesceExprContext : public ExprContext {
  public:
    CoalesceExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  IsSomeExprContext : public ExprContext {
  public:
    IsSomeExprContext(ExprContext *ctx);

    ExprContext *expr();
    NameContext *name();
  };

  class  NotExprContext : public ExprContext {
  public:
    NotExprContext(ExprContext *ctx);

    ExprContext *expr();
    antlr4::tree::TerminalNode *NOT();
  };

  class  PrimaryExprContext : public ExprContext {
  public:
    PrimaryExprContext(ExprContext *ctx);

    PrimaryContext *primary();
  };

  class  AddExprContext : public ExprContext {
  public:
    AddExprContext(ExprContext *ctx);

    antlr4::Token *op = nullptr;
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  OverlapsExprContext : public ExprContext {
  public:
    OverlapsExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  NegExprContext : public ExprContext {
  public:
    NegExprContext(ExprContext *ctx);

    ExprContext *expr();
  };

  class  MulExprContext : public ExprContext {
  public:
    MulExprContext(ExprContext *ctx);

    antlr4::Token *op = nullptr;
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  CompareExprContext : public ExprContext {
  public:
    CompareExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    CompareOpContext *compareOp();
  };

  class  AndExprContext : public ExprContext {
  public:
    AndExprContext(ExprContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
    antlr4::tree::TerminalNode *AND();
  };

  ExprContext* expr();
  ExprContext* expr(int precedence);
  class  PrimaryContext : public antlr4::ParserRuleContext {
  public:
    PrimaryContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    PrimaryContext() = default;
    void copyFrom(PrimaryContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  DecimalLiteralContext : public PrimaryContext {
  public:
    DecimalLiteralContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *DECIMAL();
  };

  class  NoneLiteralContext : public PrimaryContext {
  public:
    NoneLiteralContext(PrimaryContext *ctx);

  };

  class  IntLiteralContext : public PrimaryContext {
  public:
    IntLiteralContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *INT();
  };

  class  MatchExprContext : public PrimaryContext {
  public:
    MatchExprContext(PrimaryContext *ctx);

    ExprContext *expr();
    std::vector<MatchArmContext *> matchArm();
    MatchArmContext* matchArm(size_t i);
  };

  class  BoolLiteralContext : public PrimaryContext {
  public:
    BoolLiteralContext(PrimaryContext *ctx);

  };

  class  NameExprContext : public PrimaryContext {
  public:
    NameExprContext(PrimaryContext *ctx);

    NameContext *name();
  };

  class  ParenExprContext : public PrimaryContext {
  public:
    ParenExprContext(PrimaryContext *ctx);

    ExprContext *expr();
  };

  class  SetLiteralContext : public PrimaryContext {
  public:
    SetLiteralContext(PrimaryContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  StringLiteralContext : public PrimaryContext {
  public:
    StringLiteralContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *STRING();
  };

  class  IfExprContext : public PrimaryContext {
  public:
    IfExprContext(PrimaryContext *ctx);

    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  DateLiteralContext : public PrimaryContext {
  public:
    DateLiteralContext(PrimaryContext *ctx);

    antlr4::tree::TerminalNode *DATE();
  };

  class  AggregateExprContext : public PrimaryContext {
  public:
    AggregateExprContext(PrimaryContext *ctx);

    antlr4::Token *agg = nullptr;
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  CallExprContext : public PrimaryContext {
  public:
    CallExprContext(PrimaryContext *ctx);

    NameContext *name();
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  class  MinMaxExprContext : public PrimaryContext {
  public:
    MinMaxExprContext(PrimaryContext *ctx);

    antlr4::Token *fn = nullptr;
    std::vector<ExprContext *> expr();
    ExprContext* expr(size_t i);
  };

  PrimaryContext* primary();

  class  MatchArmContext : public antlr4::ParserRuleContext {
  public:
    MatchArmContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<PatternContext *> pattern();
    PatternContext* pattern(size_t i);
    ExprContext *expr();

   
  };

  MatchArmContext* matchArm();

  class  PatternContext : public antlr4::ParserRuleContext {
  public:
    PatternContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    PatternContext() = default;
    void copyFrom(PatternContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  MemberPatternContext : public PatternContext {
  public:
    MemberPatternContext(PatternContext *ctx);

    std::vector<NameContext *> name();
    NameContext* name(size_t i);
  };

  class  AnyPatternContext : public PatternContext {
  public:
    AnyPatternContext(PatternContext *ctx);

  };

  PatternContext* pattern();

  class  NameContext : public antlr4::ParserRuleContext {
  public:
    NameContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *IDENT();
    antlr4::tree::TerminalNode *KEY();
    antlr4::tree::TerminalNode *OUTPUT();

   
  };

  NameContext* name();


  virtual bool sempred(antlr4::RuleContext *_localctx, size_t ruleIndex, size_t predicateIndex) override;
  bool exprSempred(ExprContext *_localctx, size_t predicateIndex);

private:
  static std::vector<antlr4::dfa::DFA> _decisionToDFA;
  static antlr4::atn::PredictionContextCache _sharedContextCache;
  static std::vector<std::string> _ruleNames;
  static std::vector<std::string> _tokenNames;

  static std::vector<std::string> _literalNames;
  static std::vector<std::string> _symbolicNames;
  static antlr4::dfa::Vocabulary _vocabulary;
  static antlr4::atn::ATN _atn;
  static std::vector<uint16_t> _serializedATN;


  struct Initializer {
    Initializer();
  };
  static Initializer _init;
};

}  // namespace redline_generated
