package main

func main() {
	var x = []int{1,2,3,}
	if x[0]==1 {println( "a" )}
	switch {case true: println()}
	for i:=range x {_ = i}
}
