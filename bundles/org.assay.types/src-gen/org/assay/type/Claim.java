

   
/* Apache UIMA v3 - First created by JCasGen Sat Nov 21 11:29:50 UTC 2026 */

package org.assay.type;
 

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;

import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.jcas.JCas; 
import org.apache.uima.jcas.JCasRegistry;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.tcas.Annotation;




/** Someone asserting something; the span is the content.
 * Updated by JCasGen Sat Nov 21 11:29:50 UTC 2026
 * XML source: /tmp/jcg/target/jcasgen/typesystem.xml
 * @generated */
public class Claim extends Reviewable {
 
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static String _TypeName = "org.assay.type.Claim";
  
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int typeIndexID = JCasRegistry.register(Claim.class);
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int type = typeIndexID;
  /** @generated
   * @return index of the type  
   */
  @Override
  public              int getTypeIndexID() {return typeIndexID;}
 
 
  /* *******************
   *   Feature Offsets *
   * *******************/ 
   
  public final static String _FeatName_source = "source";
  public final static String _FeatName_cue = "cue";
  public final static String _FeatName_kind = "kind";
  public final static String _FeatName_factuality = "factuality";
  public final static String _FeatName_quantity = "quantity";
  public final static String _FeatName_fragments = "fragments";


  /* Feature Adjusted Offsets */
  private final static CallSite _FC_source = TypeSystemImpl.createCallSite(Claim.class, "source");
  private final static MethodHandle _FH_source = _FC_source.dynamicInvoker();
  private final static CallSite _FC_cue = TypeSystemImpl.createCallSite(Claim.class, "cue");
  private final static MethodHandle _FH_cue = _FC_cue.dynamicInvoker();
  private final static CallSite _FC_kind = TypeSystemImpl.createCallSite(Claim.class, "kind");
  private final static MethodHandle _FH_kind = _FC_kind.dynamicInvoker();
  private final static CallSite _FC_factuality = TypeSystemImpl.createCallSite(Claim.class, "factuality");
  private final static MethodHandle _FH_factuality = _FC_factuality.dynamicInvoker();
  private final static CallSite _FC_quantity = TypeSystemImpl.createCallSite(Claim.class, "quantity");
  private final static MethodHandle _FH_quantity = _FC_quantity.dynamicInvoker();
  private final static CallSite _FC_fragments = TypeSystemImpl.createCallSite(Claim.class, "fragments");
  private final static MethodHandle _FH_fragments = _FC_fragments.dynamicInvoker();

   
  /** Never called.  Disable default constructor
   * @generated */
  @Deprecated
  @SuppressWarnings ("deprecation")
  protected Claim() {/* intentionally empty block */}
    
  /** Internal - constructor used by generator 
   * @generated
   * @param casImpl the CAS this Feature Structure belongs to
   * @param type the type of this Feature Structure 
   */
  public Claim(TypeImpl type, CASImpl casImpl) {
    super(type, casImpl);
    readObject();
  }
  
  /** @generated
   * @param jcas JCas to which this Feature Structure belongs 
   */
  public Claim(JCas jcas) {
    super(jcas);
    readObject();   
  } 


  /** @generated
   * @param jcas JCas to which this Feature Structure belongs
   * @param begin offset to the begin spot in the SofA
   * @param end offset to the end spot in the SofA 
  */  
  public Claim(JCas jcas, int begin, int end) {
    super(jcas);
    setBegin(begin);
    setEnd(end);
    readObject();
  }   

  /** 
   * <!-- begin-user-doc -->
   * Write your own initialization here
   * <!-- end-user-doc -->
   *
   * @generated modifiable 
   */
  private void readObject() {/*default - does nothing empty block */}
     
 
    
  //*--------------*
  //* Feature: source

  /** getter for source - gets Who asserts it; null for unattributed.
   * @generated
   * @return value of the feature 
   */
  public Source getSource() { 
    return (Source)(_getFeatureValueNc(wrapGetIntCatchException(_FH_source)));
  }
    
  /** setter for source - sets Who asserts it; null for unattributed. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setSource(Source v) {
    _setFeatureValueNcWj(wrapGetIntCatchException(_FH_source), v);
  }    
    
   
    
  //*--------------*
  //* Feature: cue

  /** getter for cue - gets The attribution cue; null for unattributed.
   * @generated
   * @return value of the feature 
   */
  public Cue getCue() { 
    return (Cue)(_getFeatureValueNc(wrapGetIntCatchException(_FH_cue)));
  }
    
  /** setter for cue - sets The attribution cue; null for unattributed. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setCue(Cue v) {
    _setFeatureValueNcWj(wrapGetIntCatchException(_FH_cue), v);
  }    
    
   
    
  //*--------------*
  //* Feature: kind

  /** getter for kind - gets DIRECT_QUOTE, INDIRECT, MIXED or UNATTRIBUTED.
   * @generated
   * @return value of the feature 
   */
  public String getKind() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_kind));
  }
    
  /** setter for kind - sets DIRECT_QUOTE, INDIRECT, MIXED or UNATTRIBUTED. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setKind(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_kind), v);
  }    
    
   
    
  //*--------------*
  //* Feature: factuality

  /** getter for factuality - gets ASSERTED, DENIED, HEDGED or UNCERTAIN.
   * @generated
   * @return value of the feature 
   */
  public String getFactuality() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_factuality));
  }
    
  /** setter for factuality - sets ASSERTED, DENIED, HEDGED or UNCERTAIN. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setFactuality(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_factuality), v);
  }    
    
   
    
  //*--------------*
  //* Feature: quantity

  /** getter for quantity - gets Numeric content, if any.
   * @generated
   * @return value of the feature 
   */
  public Quantity getQuantity() { 
    return (Quantity)(_getFeatureValueNc(wrapGetIntCatchException(_FH_quantity)));
  }
    
  /** setter for quantity - sets Numeric content, if any. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setQuantity(Quantity v) {
    _setFeatureValueNcWj(wrapGetIntCatchException(_FH_quantity), v);
  }    
    
  
  //*--------------*
  //* Feature: fragments

  /** getter for fragments - gets Since 1.1.0: the parts of a discontinuous content, in text order (a quote split around its cue); null when the content is the claim's whole span.
   * @generated
   * @return value of the feature 
   */
  @SuppressWarnings("unchecked")
  public FSArray<Annotation> getFragments() { 
    return (FSArray<Annotation>)(_getFeatureValueNc(wrapGetIntCatchException(_FH_fragments)));
  }
    
  /** setter for fragments - sets Since 1.1.0: the parts of a discontinuous content, in text order. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setFragments(FSArray<Annotation> v) {
    _setFeatureValueNcWj(wrapGetIntCatchException(_FH_fragments), v);
  }    
    
  /** indexed getter for fragments - gets an indexed value - the parts of a discontinuous content.
   * @generated
   * @param i index in the array to get
   * @return value of the element at index i 
   */
  @SuppressWarnings("unchecked")
  public Annotation getFragments(int i) {
     return (Annotation)(((FSArray<Annotation>)(_getFeatureValueNc(wrapGetIntCatchException(_FH_fragments)))).get(i));
  } 

  /** indexed setter for fragments - sets an indexed value - the parts of a discontinuous content.
   * @generated
   * @param i index in the array to set
   * @param v value to set into the array 
   */
  @SuppressWarnings("unchecked")
  public void setFragments(int i, Annotation v) {
    ((FSArray<Annotation>)(_getFeatureValueNc(wrapGetIntCatchException(_FH_fragments)))).set(i, v);
  }  
}
