package scot.triangulate.positionstatement;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMultiLevelType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The statement's Markdown lists as Word's own lists, so Word numbers, indents and reads them out as lists: one
 * bulleted and one numbered definition of nine levels (Word's most), and a numbering of its own for every list, so
 * each numbered list starts at its first number rather than carrying on from the one before.
 */
final class WordLists {

    static final int LEVELS = 9;
    private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};
    private static final int STEP = 720;
    private static final int HANGING = 360;

    private final XWPFNumbering numbering;
    private BigInteger bulleted;
    private BigInteger numbered;

    WordLists(XWPFDocument document) {
        this.numbering = document.createNumbering();
    }

    /** Starts a list at {@code level} (0 for the outermost); its items carry the numbering id returned. */
    BigInteger start(boolean ordered, int level, int firstNumber) {
        BigInteger numId = numbering.addNum(ordered ? numbered() : bulleted());
        if (ordered) {
            CTNumLvl restart = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            restart.setIlvl(BigInteger.valueOf(level));
            restart.addNewStartOverride().setVal(BigInteger.valueOf(firstNumber));
        }
        return numId;
    }

    static void item(XWPFParagraph paragraph, BigInteger numId, int level) {
        paragraph.setNumID(numId);
        paragraph.setNumILvl(BigInteger.valueOf(level));
    }

    /** Where an item's text starts at this level: its further paragraphs line up with it. */
    static int textIndent(int level) {
        return STEP * (level + 1);
    }

    private BigInteger bulleted() {
        if (bulleted == null) {
            bulleted = define(0, false);
        }
        return bulleted;
    }

    private BigInteger numbered() {
        if (numbered == null) {
            numbered = define(1, true);
        }
        return numbered;
    }

    private BigInteger define(int id, boolean ordered) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(id));
        definition.addNewMultiLevelType().setVal(STMultiLevelType.HYBRID_MULTILEVEL);
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(ordered ? "%" + (level + 1) + "." : BULLETS[level % BULLETS.length]);
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(textIndent(level)));
            indent.setHanging(BigInteger.valueOf(HANGING));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(definition));
    }
}
