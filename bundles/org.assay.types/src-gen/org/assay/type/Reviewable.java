

   
/* Apache UIMA v3 - First created by JCasGen Sat Nov 21 11:29:50 UTC 2026 */

package org.assay.type;
 

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;

import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.jcas.JCas; 
import org.apache.uima.jcas.JCasRegistry;


import org.apache.uima.jcas.tcas.Annotation;


/** Any annotation a human reviews: carries review status and provenance.
 * Updated by JCasGen Sat Nov 21 11:29:50 UTC 2026
 * XML source: /tmp/jcg/target/jcasgen/typesystem.xml
 * @generated */
public class Reviewable extends Annotation {
 
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static String _TypeName = "org.assay.type.Reviewable";
  
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int typeIndexID = JCasRegistry.register(Reviewable.class);
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
   
  public final static String _FeatName_status = "status";
  public final static String _FeatName_origin = "origin";
  public final static String _FeatName_confidence = "confidence";
  public final static String _FeatName_changedAt = "changedAt";
  public final static String _FeatName_suggested = "suggested";
  public final static String _FeatName_decidedBy = "decidedBy";
  public final static String _FeatName_runnerUp = "runnerUp";
  public final static String _FeatName_runnerUpConfidence = "runnerUpConfidence";


  /* Feature Adjusted Offsets */
  private final static CallSite _FC_status = TypeSystemImpl.createCallSite(Reviewable.class, "status");
  private final static MethodHandle _FH_status = _FC_status.dynamicInvoker();
  private final static CallSite _FC_origin = TypeSystemImpl.createCallSite(Reviewable.class, "origin");
  private final static MethodHandle _FH_origin = _FC_origin.dynamicInvoker();
  private final static CallSite _FC_confidence = TypeSystemImpl.createCallSite(Reviewable.class, "confidence");
  private final static MethodHandle _FH_confidence = _FC_confidence.dynamicInvoker();
  private final static CallSite _FC_changedAt = TypeSystemImpl.createCallSite(Reviewable.class, "changedAt");
  private final static MethodHandle _FH_changedAt = _FC_changedAt.dynamicInvoker();
  private final static CallSite _FC_suggested = TypeSystemImpl.createCallSite(Reviewable.class, "suggested");
  private final static MethodHandle _FH_suggested = _FC_suggested.dynamicInvoker();
  private final static CallSite _FC_decidedBy = TypeSystemImpl.createCallSite(Reviewable.class, "decidedBy");
  private final static MethodHandle _FH_decidedBy = _FC_decidedBy.dynamicInvoker();
  private final static CallSite _FC_runnerUp = TypeSystemImpl.createCallSite(Reviewable.class, "runnerUp");
  private final static MethodHandle _FH_runnerUp = _FC_runnerUp.dynamicInvoker();
  private final static CallSite _FC_runnerUpConfidence = TypeSystemImpl.createCallSite(Reviewable.class, "runnerUpConfidence");
  private final static MethodHandle _FH_runnerUpConfidence = _FC_runnerUpConfidence.dynamicInvoker();

   
  /** Never called.  Disable default constructor
   * @generated */
  @Deprecated
  @SuppressWarnings ("deprecation")
  protected Reviewable() {/* intentionally empty block */}
    
  /** Internal - constructor used by generator 
   * @generated
   * @param casImpl the CAS this Feature Structure belongs to
   * @param type the type of this Feature Structure 
   */
  public Reviewable(TypeImpl type, CASImpl casImpl) {
    super(type, casImpl);
    readObject();
  }
  
  /** @generated
   * @param jcas JCas to which this Feature Structure belongs 
   */
  public Reviewable(JCas jcas) {
    super(jcas);
    readObject();   
  } 


  /** @generated
   * @param jcas JCas to which this Feature Structure belongs
   * @param begin offset to the begin spot in the SofA
   * @param end offset to the end spot in the SofA 
  */  
  public Reviewable(JCas jcas, int begin, int end) {
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
  //* Feature: status

  /** getter for status - gets SUGGESTED, ACCEPTED, REJECTED, CORRECTED or MANUAL.
   * @generated
   * @return value of the feature 
   */
  public String getStatus() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_status));
  }
    
  /** setter for status - sets SUGGESTED, ACCEPTED, REJECTED, CORRECTED or MANUAL. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setStatus(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_status), v);
  }    
    
   
    
  //*--------------*
  //* Feature: origin

  /** getter for origin - gets engine-id@version, or the annotator id.
   * @generated
   * @return value of the feature 
   */
  public String getOrigin() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_origin));
  }
    
  /** setter for origin - sets engine-id@version, or the annotator id. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setOrigin(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_origin), v);
  }    
    
   
    
  //*--------------*
  //* Feature: confidence

  /** getter for confidence - gets Engine confidence in [0,1]; 1 for human annotations.
   * @generated
   * @return value of the feature 
   */
  public double getConfidence() { 
    return _getDoubleValueNc(wrapGetIntCatchException(_FH_confidence));
  }
    
  /** setter for confidence - sets Engine confidence in [0,1]; 1 for human annotations. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setConfidence(double v) {
    _setDoubleValueNfc(wrapGetIntCatchException(_FH_confidence), v);
  }    
    
   
    
  //*--------------*
  //* Feature: changedAt

  /** getter for changedAt - gets ISO-8601 instant of the last change.
   * @generated
   * @return value of the feature 
   */
  public String getChangedAt() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_changedAt));
  }
    
  /** setter for changedAt - sets ISO-8601 instant of the last change. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setChangedAt(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_changedAt), v);
  }    
    
  
  //*--------------*
  //* Feature: suggested

  /** getter for suggested - gets Since 1.1.0: what was suggested here, kept when a person first decided on it.
   * @generated
   * @return value of the feature 
   */
  public Suggested getSuggested() { 
    return (Suggested)(_getFeatureValueNc(wrapGetIntCatchException(_FH_suggested)));
  }
    
  /** setter for suggested - sets Since 1.1.0: what was suggested here. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setSuggested(Suggested v) {
    _setFeatureValueNcWj(wrapGetIntCatchException(_FH_suggested), v);
  }    

  //*--------------*
  //* Feature: decidedBy

  /** getter for decidedBy - gets Since 1.1.0: the annotator id of the last person who decided on this annotation.
   * @generated
   * @return value of the feature 
   */
  public String getDecidedBy() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_decidedBy));
  }
    
  /** setter for decidedBy - sets Since 1.1.0: who last decided. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setDecidedBy(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_decidedBy), v);
  }    

  //*--------------*
  //* Feature: runnerUp

  /** getter for runnerUp - gets Since 1.1.0: the suggesting model's second-best labelling ("O": none); null when not said.
   * @generated
   * @return value of the feature
   */
  public String getRunnerUp() {
    return _getStringValueNc(wrapGetIntCatchException(_FH_runnerUp));
  }

  /** setter for runnerUp - sets Since 1.1.0: the model's second-best labelling.
   * @generated
   * @param v value to set into the feature
   */
  public void setRunnerUp(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_runnerUp), v);
  }

  //*--------------*
  //* Feature: runnerUpConfidence

  /** getter for runnerUpConfidence - gets Since 1.1.0: the model's confidence in its runnerUp.
   * @generated
   * @return value of the feature
   */
  public double getRunnerUpConfidence() {
    return _getDoubleValueNc(wrapGetIntCatchException(_FH_runnerUpConfidence));
  }

  /** setter for runnerUpConfidence - sets Since 1.1.0: the model's confidence in its runnerUp.
   * @generated
   * @param v value to set into the feature
   */
  public void setRunnerUpConfidence(double v) {
    _setDoubleValueNfc(wrapGetIntCatchException(_FH_runnerUpConfidence), v);
  }
}
