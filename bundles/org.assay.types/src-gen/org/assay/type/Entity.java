

   
/* Apache UIMA v3 - First created by JCasGen Sat Nov 21 11:29:50 UTC 2026 */

package org.assay.type;
 

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;

import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.jcas.JCas; 
import org.apache.uima.jcas.JCasRegistry;




/** A named entity or a date/quantity mention.
 * Updated by JCasGen Sat Nov 21 11:29:50 UTC 2026
 * XML source: /tmp/jcg/target/jcasgen/typesystem.xml
 * @generated */
public class Entity extends Reviewable {
 
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static String _TypeName = "org.assay.type.Entity";
  
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int typeIndexID = JCasRegistry.register(Entity.class);
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
  public final static String _FeatName_antecedent = "antecedent";


  /* Feature Adjusted Offsets */
  private final static CallSite _FC_label = TypeSystemImpl.createCallSite(Entity.class, "label");
  private final static MethodHandle _FH_label = _FC_label.dynamicInvoker();
  private final static CallSite _FC_antecedent = TypeSystemImpl.createCallSite(Entity.class, "antecedent");
  private final static MethodHandle _FH_antecedent = _FC_antecedent.dynamicInvoker();

   
  /** Never called.  Disable default constructor
   * @generated */
  @Deprecated
  @SuppressWarnings ("deprecation")
  protected Entity() {/* intentionally empty block */}
    
  /** Internal - constructor used by generator 
   * @generated
   * @param casImpl the CAS this Feature Structure belongs to
   * @param type the type of this Feature Structure 
   */
  public Entity(TypeImpl type, CASImpl casImpl) {
    super(type, casImpl);
    readObject();
  }
  
  /** @generated
   * @param jcas JCas to which this Feature Structure belongs 
   */
  public Entity(JCas jcas) {
    super(jcas);
    readObject();   
  } 


  /** @generated
   * @param jcas JCas to which this Feature Structure belongs
   * @param begin offset to the begin spot in the SofA
   * @param end offset to the end spot in the SofA 
  */  
  public Entity(JCas jcas, int begin, int end) {
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

  /** getter for label - gets Tag from the corpus tagset (PERSON, ORGANIZATION, LOCATION, DATE, QUANTITY by default).
   * @generated
   * @return value of the feature 
   */
  public String getLabel() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_label));
  }
    
  /** setter for label - sets Tag from the corpus tagset (PERSON, ORGANIZATION, LOCATION, DATE, QUANTITY by default). 
   * @generated
   * @param v value to set into the feature 
   */
  public void setLabel(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_label), v);
  }    
    
   
    
  //*--------------*
  //* Feature: antecedent

  /** getter for antecedent - gets Earlier mention of the same entity this one is a short form of, if any.
   * @generated
   * @return value of the feature 
   */
  public Entity getAntecedent() { 
    return (Entity)(_getFeatureValueNc(wrapGetIntCatchException(_FH_antecedent)));
  }
    
  /** setter for antecedent - sets Earlier mention of the same entity this one is a short form of, if any. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setAntecedent(Entity v) {
    _setFeatureValueNcWj(wrapGetIntCatchException(_FH_antecedent), v);
  }    
    
  }

    