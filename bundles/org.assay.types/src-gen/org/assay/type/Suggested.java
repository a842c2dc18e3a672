/* Apache UIMA v3 - written in the form JCasGen generates, for type system 1.1.0 */
package org.assay.type;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;

import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.JCasRegistry;
import org.apache.uima.jcas.tcas.Annotation;

/** Since 1.1.0: a suggestion as it was made, before a person decided on it: its span, label
 * (for entities), origin and confidence. Not indexed; held by the decided annotation's
 * 'suggested' feature.
 * @generated */
public class Suggested extends Annotation {

  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static String _TypeName = "org.assay.type.Suggested";
  
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int typeIndexID = JCasRegistry.register(Suggested.class);
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
   
  public final static String _FeatName_label = "label";
  public final static String _FeatName_origin = "origin";
  public final static String _FeatName_confidence = "confidence";


  /* Feature Adjusted Offsets */
  private final static CallSite _FC_label = TypeSystemImpl.createCallSite(Suggested.class, "label");
  private final static MethodHandle _FH_label = _FC_label.dynamicInvoker();
  private final static CallSite _FC_origin = TypeSystemImpl.createCallSite(Suggested.class, "origin");
  private final static MethodHandle _FH_origin = _FC_origin.dynamicInvoker();
  private final static CallSite _FC_confidence = TypeSystemImpl.createCallSite(Suggested.class, "confidence");
  private final static MethodHandle _FH_confidence = _FC_confidence.dynamicInvoker();

   
  /** Never called.  Disable default constructor
   * @generated */
  @Deprecated
  @SuppressWarnings ("deprecation")
  protected Suggested() {/* intentionally empty block */}
    
  /** Internal - constructor used by generator 
   * @generated
   * @param casImpl the CAS this Feature Structure belongs to
   * @param type the type of this Feature Structure 
   */
  public Suggested(TypeImpl type, CASImpl casImpl) {
    super(type, casImpl);
    readObject();
  }
  
  /** @generated
   * @param jcas JCas to which this Feature Structure belongs 
   */
  public Suggested(JCas jcas) {
    super(jcas);
    readObject();   
  } 


  /** @generated
   * @param jcas JCas to which this Feature Structure belongs
   * @param begin offset to the begin spot in the SofA
   * @param end offset to the end spot in the SofA 
  */  
  public Suggested(JCas jcas, int begin, int end) {
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
  //* Feature: label

  /** getter for label - gets The suggested label (entities only).
   * @generated
   * @return value of the feature 
   */
  public String getLabel() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_label));
  }
    
  /** setter for label - sets The suggested label (entities only). 
   * @generated
   * @param v value to set into the feature 
   */
  public void setLabel(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_label), v);
  }    
    
  //*--------------*
  //* Feature: origin

  /** getter for origin - gets engine-id@version or recommender that made the suggestion.
   * @generated
   * @return value of the feature 
   */
  public String getOrigin() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_origin));
  }
    
  /** setter for origin - sets engine-id@version or recommender that made the suggestion. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setOrigin(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_origin), v);
  }    
    
  //*--------------*
  //* Feature: confidence

  /** getter for confidence - gets Its confidence in [0,1].
   * @generated
   * @return value of the feature 
   */
  public double getConfidence() { 
    return _getDoubleValueNc(wrapGetIntCatchException(_FH_confidence));
  }
    
  /** setter for confidence - sets Its confidence in [0,1]. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setConfidence(double v) {
    _setDoubleValueNfc(wrapGetIntCatchException(_FH_confidence), v);
  }    
}
