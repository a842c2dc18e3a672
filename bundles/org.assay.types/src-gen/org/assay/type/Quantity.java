

   
/* Apache UIMA v3 - First created by JCasGen Sat Nov 21 11:29:50 UTC 2026 */

package org.assay.type;
 

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;

import org.apache.uima.cas.impl.CASImpl;
import org.apache.uima.cas.impl.TypeImpl;
import org.apache.uima.cas.impl.TypeSystemImpl;
import org.apache.uima.jcas.JCas; 
import org.apache.uima.jcas.JCasRegistry;




/** A numeric expression normalised to an interval; unbounded ends are -Infinity / +Infinity.
 * Updated by JCasGen Sat Nov 21 11:29:50 UTC 2026
 * XML source: /tmp/jcg/target/jcasgen/typesystem.xml
 * @generated */
public class Quantity extends Reviewable {
 
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static String _TypeName = "org.assay.type.Quantity";
  
  /** @generated
   * @ordered 
   */
  @SuppressWarnings ("hiding")
  public final static int typeIndexID = JCasRegistry.register(Quantity.class);
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
   
  public final static String _FeatName_low = "low";
  public final static String _FeatName_high = "high";
  public final static String _FeatName_approximate = "approximate";
  public final static String _FeatName_measure = "measure";
  public final static String _FeatName_unit = "unit";


  /* Feature Adjusted Offsets */
  private final static CallSite _FC_low = TypeSystemImpl.createCallSite(Quantity.class, "low");
  private final static MethodHandle _FH_low = _FC_low.dynamicInvoker();
  private final static CallSite _FC_high = TypeSystemImpl.createCallSite(Quantity.class, "high");
  private final static MethodHandle _FH_high = _FC_high.dynamicInvoker();
  private final static CallSite _FC_approximate = TypeSystemImpl.createCallSite(Quantity.class, "approximate");
  private final static MethodHandle _FH_approximate = _FC_approximate.dynamicInvoker();
  private final static CallSite _FC_measure = TypeSystemImpl.createCallSite(Quantity.class, "measure");
  private final static MethodHandle _FH_measure = _FC_measure.dynamicInvoker();
  private final static CallSite _FC_unit = TypeSystemImpl.createCallSite(Quantity.class, "unit");
  private final static MethodHandle _FH_unit = _FC_unit.dynamicInvoker();

   
  /** Never called.  Disable default constructor
   * @generated */
  @Deprecated
  @SuppressWarnings ("deprecation")
  protected Quantity() {/* intentionally empty block */}
    
  /** Internal - constructor used by generator 
   * @generated
   * @param casImpl the CAS this Feature Structure belongs to
   * @param type the type of this Feature Structure 
   */
  public Quantity(TypeImpl type, CASImpl casImpl) {
    super(type, casImpl);
    readObject();
  }
  
  /** @generated
   * @param jcas JCas to which this Feature Structure belongs 
   */
  public Quantity(JCas jcas) {
    super(jcas);
    readObject();   
  } 


  /** @generated
   * @param jcas JCas to which this Feature Structure belongs
   * @param begin offset to the begin spot in the SofA
   * @param end offset to the end spot in the SofA 
  */  
  public Quantity(JCas jcas, int begin, int end) {
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
  //* Feature: low

  /** getter for low - gets Lower bound, -Infinity if unbounded.
   * @generated
   * @return value of the feature 
   */
  public double getLow() { 
    return _getDoubleValueNc(wrapGetIntCatchException(_FH_low));
  }
    
  /** setter for low - sets Lower bound, -Infinity if unbounded. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setLow(double v) {
    _setDoubleValueNfc(wrapGetIntCatchException(_FH_low), v);
  }    
    
   
    
  //*--------------*
  //* Feature: high

  /** getter for high - gets Upper bound, +Infinity if unbounded.
   * @generated
   * @return value of the feature 
   */
  public double getHigh() { 
    return _getDoubleValueNc(wrapGetIntCatchException(_FH_high));
  }
    
  /** setter for high - sets Upper bound, +Infinity if unbounded. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setHigh(double v) {
    _setDoubleValueNfc(wrapGetIntCatchException(_FH_high), v);
  }    
    
   
    
  //*--------------*
  //* Feature: approximate

  /** getter for approximate - gets True for around, about, nearly, dozens.
   * @generated
   * @return value of the feature 
   */
  public boolean getApproximate() { 
    return _getBooleanValueNc(wrapGetIntCatchException(_FH_approximate));
  }
    
  /** setter for approximate - sets True for around, about, nearly, dozens. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setApproximate(boolean v) {
    _setBooleanValueNfc(wrapGetIntCatchException(_FH_approximate), v);
  }    
    
   
    
  //*--------------*
  //* Feature: measure

  /** getter for measure - gets What is counted, e.g. arrests, soldiers.
   * @generated
   * @return value of the feature 
   */
  public String getMeasure() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_measure));
  }
    
  /** setter for measure - sets What is counted, e.g. arrests, soldiers. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setMeasure(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_measure), v);
  }    
    
   
    
  //*--------------*
  //* Feature: unit

  /** getter for unit - gets Unit of measure (percent, km, dollars), empty for counts.
   * @generated
   * @return value of the feature 
   */
  public String getUnit() { 
    return _getStringValueNc(wrapGetIntCatchException(_FH_unit));
  }
    
  /** setter for unit - sets Unit of measure (percent, km, dollars), empty for counts. 
   * @generated
   * @param v value to set into the feature 
   */
  public void setUnit(String v) {
    _setStringValueNfc(wrapGetIntCatchException(_FH_unit), v);
  }    
    
  }

    